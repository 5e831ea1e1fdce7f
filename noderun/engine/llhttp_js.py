"""The door to llhttp, node's own HTTP/1 parser, from JS: engine/llhttp_js.c, built and loaded as
fastio.c is (engine/fastio.py), calls llhttp's C API in the PyPI package `llhttp` (pyllhttp),
which compiles llhttp 9.3.0, node 24.12.0's version (so parse errors carry node's HPE_* codes and
reasons byte for byte), into its extension module `__llhttp` and exports that API. No Python
runs while a chunk is parsed: JS calls the C functions `functions(context)` makes, which build
the chunk's events as JS values themselves (see llhttp_js.c for their shape). Loaded on the first
parser a thread makes (node:http).
"""

from __future__ import annotations

import importlib.util
import os

from . import fastio
from .lib import _extension_path, ffi, lib

LLHTTP_VERSION = "9.3.0"   # the version node 24.12.0 embeds (process.versions.llhttp)
SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "llhttp_js.c")
_METHOD_COUNT = 47         # llhttp 9.3.0's methods, numbered 0..46 (llhttp_method_name aborts past)
_OPERATIONS = ("new", "initialize", "execute", "finish")   # llhttp_js_call's magic, in order


def _llhttp_path() -> str:
    spec = importlib.util.find_spec("__llhttp")
    if spec is None or not spec.origin:
        raise ImportError("the llhttp package is not installed (pip install llhttp==9.3.0.0)")
    import llhttp
    if llhttp.version != LLHTTP_VERSION:
        raise ImportError(f"noderun needs llhttp {LLHTTP_VERSION} (node 24.12.0's); found {llhttp.version}")
    return spec.origin


class _Library:
    def __init__(self, path: str) -> None:
        from ._llhttp_js_ffi import ffi as own_ffi   # (out of line: no declaration parsed here)

        self.ffi = own_ffi
        self.lib = own_ffi.dlopen(path)
        status = self.lib.llhttp_js_init(_extension_path().encode(), _llhttp_path().encode())
        if status != 0:
            raise fastio.FastIOError(f"{path}: the engine's or llhttp's functions were not found ({status})")
        address = int(own_ffi.cast("uintptr_t", own_ffi.addressof(self.lib, "llhttp_js_call")))
        self.call = ffi.cast("JSCFunctionData *", address)
        self.methods = [own_ffi.string(self.lib.llhttp_js_method_name(i)).decode()
                        for i in range(_METHOD_COUNT)]


_loaded: _Library | None = None


def _load() -> _Library:
    global _loaded
    if _loaded is None:
        _loaded = _Library(fastio.built(SOURCE))
    return _loaded


def methods() -> list[str]:
    """llhttp's method names by number ("DELETE", "GET", ...)."""
    return list(_load().methods)


def functions(context) -> dict:
    """The parser's JS functions for `context` (new, initialize, execute, finish: owned JSValues);
    the parser class is registered in its runtime on the first call there."""
    loaded = _load()
    runtime = context.runtime
    class_id = getattr(runtime, "llhttp_class_id", None)
    if class_id is None:
        class_id = runtime.llhttp_class_id = loaded.lib.llhttp_js_register(loaded.ffi.cast("void *", int(ffi.cast("uintptr_t", runtime.ptr))))
        if class_id == 0:
            raise MemoryError("llhttp_js_register")
    data = ffi.new("JSValue[1]")
    data[0].tag, data[0].u = 0, class_id
    return {name: lib.JS_NewCFunctionData(context.ptr, loaded.call, 0, magic, 1, data)
            for magic, name in enumerate(_OPERATIONS)}
