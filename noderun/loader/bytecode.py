"""The JS halves of the builtins, compiled to bytecode once per process and read into every runtime.

Each file `noderun/node/js/<id>.js` is wrapped as `(function (exports, require, module, host) {...})`
and named `node:<id>` in stack traces, as node names its own modules. Parsing is most of the cost
of loading a builtin, so it happens once per source text, not once per runtime: the bytecode
(JS_WriteObject) is kept in memory for every later runtime of the process (every Worker), and on
disk (loader/disk_cache, keyed by the source file's identity: path, size, modification time) for
every later process. A cached entry made from another file, or that the engine cannot read, is
compiled again and rewritten.
"""

from __future__ import annotations

import _thread   # (threading imports functools and collections: DESIGN.md, start-up)
import os

from ..engine.runtime import Context, JSObject
from ..errors import JSError
from . import disk_cache

JS_ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "node", "js")
WRAPPER_HEAD = "(function (exports, require, module, host) { "
WRAPPER_TAIL = "\n})"

_bytecode: dict[str, bytes] = {}
_lock = _thread.allocate_lock()


def source_path(internal_id: str) -> str:
    path = os.path.normpath(os.path.join(JS_ROOT, f"{internal_id}.js"))
    if not path.startswith(JS_ROOT + os.sep):
        raise ValueError(f"not an internal module: {internal_id}")
    return path


def _read(path: str) -> str:
    with open(path, encoding="utf-8") as file:
        return file.read()


def exists(internal_id: str) -> bool:
    """Whether node/js has a file for this internal module (builtins not written yet have none)."""
    if internal_id in _bytecode:
        return True
    try:
        return os.path.isfile(source_path(internal_id))
    except ValueError:
        return False


def source_line(internal_id: str, line: int) -> str | None:
    """Line `line` (1-based) of an internal module's source, for error printing."""
    try:
        lines = _read(source_path(internal_id)).splitlines()
    except (OSError, ValueError):
        return None
    if not 1 <= line <= len(lines):
        return None
    return lines[line - 1]


def load_function(context: Context, internal_id: str) -> JSObject:
    """The wrapper function of an internal module, from bytecode when this process or the disk
    cache has it."""
    code = _bytecode.get(internal_id)
    if code is not None:
        return context.eval_function(context.read_bytecode(code))
    entry, key = cache_entry(internal_id)
    code = disk_cache.read(entry, key) if key is not None else None
    if code is not None:
        try:
            compiled = context.read_bytecode(code)
        except JSError:   # made by an engine that reads it differently: compile it again
            code = None
    if code is None:
        with open(source_path(internal_id), "rb") as file:
            source = file.read()
        text = WRAPPER_HEAD + source.decode("utf-8") + WRAPPER_TAIL
        compiled = context.compile_script(text, f"node:{internal_id}")
        code = context.write_bytecode(compiled)
        if key is not None:
            disk_cache.write(entry, key, code)
    with _lock:
        _bytecode.setdefault(internal_id, code)
    return context.eval_function(compiled)


def cache_entry(internal_id: str) -> tuple[str, bytes | None]:
    """The disk cache's entry name for an internal module, and its key for the module's file as
    it is now (None when the file cannot be read)."""
    name = internal_id.replace("/", ".") + ".jsbc"
    identity = disk_cache.file_identity(source_path(internal_id))
    if identity is None:
        return name, None
    return name, disk_cache.key(WRAPPER_HEAD.encode(), WRAPPER_TAIL.encode(), internal_id.encode(), identity)
