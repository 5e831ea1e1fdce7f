"""What a compiled ES module says about its graph: whether it has top-level await, and the
specifiers of its static imports.

require() of an ES module must refuse a graph with top-level await before evaluating any of it
(ERR_REQUIRE_ASYNC_MODULE), as node does. QuickJS-ng has the facts (`has_tla`, the requested
module names) but no API for them; both are in the header of the module's bytecode, which
JS_WriteModule lays out as:

    u8 version, u32 checksum, leb128 atom count, the atoms (u8 type + string), then the object:
    u8 BC_TAG_MODULE, atom name, leb128 n + n atoms (requested modules), leb128 n + n exports
    (u8 type, LOCAL: leb128 var | else leb128 module + atom; atom name), leb128 n + n leb128
    (star exports), leb128 n + n imports (leb128 var, atom, leb128 module), u8 has_tla, ...

An atom reference is leb128 `v`: `v & 1` is an integer atom; otherwise `v >> 1` is either one of
the engine's predefined atoms (below JS_ATOM_END) or JS_ATOM_END + an index into the atom table.
"""

from __future__ import annotations

from ..engine.runtime import Context

_TAG_MODULE = 13          # BCTagEnum: NULL = 1, ..., FUNCTION_BYTECODE = 12, MODULE = 13
_EXPORT_TYPE_LOCAL = 0
_first_atom: int | None = None   # JS_ATOM_END of the engine, found once per process


class ModuleInfo:
    __slots__ = ("has_tla", "requests")

    def __init__(self, has_tla: bool, requests: list[str]):
        self.has_tla = has_tla
        self.requests = requests    # the static import specifiers, as written


def _leb128(data: bytes, i: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, i
        shift += 7


def _atom_table(data: bytes) -> tuple[list, int]:
    """The atom table of a bytecode blob (strings, or ints for predefined atoms) and the offset
    of the object that follows it."""
    count, i = _leb128(data, 5)
    table: list = []
    for _ in range(count):
        kind = data[i]
        i += 1
        if kind & 0x80:
            atom = kind & 0x3F
            if kind & 0x40:
                high, i = _leb128(data, i)
                atom |= high << 6
            table.append(atom)
            continue
        header, i = _leb128(data, i)
        length = header >> 1
        if header & 1:
            table.append(data[i:i + 2 * length].decode("utf-16-le", "surrogatepass"))
            i += 2 * length
        else:
            table.append(data[i:i + length].decode("latin-1"))
            i += length
    return table, i


def _first_table_atom(context: Context) -> int:
    """JS_ATOM_END: a module's own name is the first atom its bytecode writes, so in a module
    named with a string no engine predefines it is the first table entry, JS_ATOM_END + 0."""
    global _first_atom
    if _first_atom is None:
        module = context.compile_module("", "noderun:atom-end-probe")
        try:
            data = context.write_bytecode(module, strip=True)
        finally:
            context.free_value(module)
        _, i = _atom_table(data)
        reference, _ = _leb128(data, i + 1)
        _first_atom = reference >> 1
    return _first_atom


def module_info(context: Context, data: bytes) -> ModuleInfo:
    """Read has_tla and the requested specifiers from the bytecode of one compiled module."""
    first_atom = _first_table_atom(context)
    table, i = _atom_table(data)
    if data[i] != _TAG_MODULE:
        raise ValueError("not the bytecode of a module")

    def atom(i: int) -> tuple[str, int]:
        reference, i = _leb128(data, i)
        if reference & 1:
            return str(reference >> 1), i
        index = reference >> 1
        entry = index if index < first_atom else table[index - first_atom]
        return (context.atom_name(entry) if isinstance(entry, int) else entry), i

    def skip_atom(i: int) -> int:
        return _leb128(data, i)[1]

    i = skip_atom(i + 1)                   # the module's name
    count, i = _leb128(data, i)
    requests = []
    for _ in range(count):
        name, i = atom(i)
        requests.append(name)
    count, i = _leb128(data, i)
    for _ in range(count):                 # exports
        kind = data[i]
        i += 1
        if kind == _EXPORT_TYPE_LOCAL:
            i = _leb128(data, i)[1]
        else:
            i = skip_atom(_leb128(data, i)[1])
        i = skip_atom(i)
    count, i = _leb128(data, i)
    for _ in range(count):                 # star exports
        i = _leb128(data, i)[1]
    count, i = _leb128(data, i)
    for _ in range(count):                 # imports
        i = _leb128(data, skip_atom(_leb128(data, i)[1]))[1]
    return ModuleInfo(bool(data[i]), requests)
