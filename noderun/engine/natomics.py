"""The native Atomics (natomics.c): the wait table and the Atomics methods in C, built and loaded
the way fastio.c is (fastio.library_path / build: by the first process that needs this source,
named by its checksum, an error saying why when it cannot be built).

Loaded on a program's first Atomics call (internal/worker/atomics.js asks for it), so a program
that never uses Atomics never pays for it.
"""

from __future__ import annotations

import os
import threading

from . import fastio
from .lib import _extension_path, ffi

SOURCE = os.path.join(fastio.HERE, "natomics.c")

# natomics_op's magic, by method (the order of natomics.c's OP_ constants) and its length
OPERATIONS = {"add": (0, 3), "sub": (1, 3), "and": (2, 3), "or": (3, 3), "xor": (4, 3),
              "exchange": (5, 3), "compareExchange": (6, 4), "load": (7, 2), "store": (8, 3)}


class NativeAtomics:
    """The loaded library (`lib`, `ffi`) and its JS functions' addresses as the engine's
    JSCFunctionData pointers (for JS_NewCFunctionData2)."""

    def __init__(self, path: str) -> None:
        from ._natomics_ffi import ffi as natomics_ffi   # (out of line: no declaration parsed here)

        self.ffi = natomics_ffi
        self.lib = self.ffi.dlopen(path)
        self._learned = False
        if self.lib.natomics_init(_extension_path().encode()) != 0:
            raise fastio.FastIOError(f"{path}: the engine's functions were not found in {_extension_path()}")
        self.functions = {
            name: ffi.cast("JSCFunctionData *", int(self.ffi.cast("uintptr_t", self.ffi.addressof(self.lib, name))))
            for name in ("natomics_op", "natomics_wait_js", "natomics_notify_js", "natomics_wait_at",
                         "natomics_wait_async_at", "natomics_notify_at")}


    def learn(self, context_ptr, sample_box) -> None:
        """Show the library a typed array (`sample_box`: the engine's `JSValue *` of
        `new Int32Array(new SharedArrayBuffer(16), 4, 2)`) before its JS functions run: it learns
        the classes it checks and where a typed array keeps its memory."""
        if not self._learned:
            with _load_lock:
                if not self._learned:
                    self.lib.natomics_learn(self.ffi.cast("void *", int(ffi.cast("uintptr_t", context_ptr))),
                                            self.ffi.cast("JSValue *", int(ffi.cast("uintptr_t", sample_box))))
                    self._learned = True


_loaded: NativeAtomics | None = None
_load_lock = threading.Lock()


def load() -> NativeAtomics:
    """The library, built first if this source has no build yet."""
    global _loaded
    if _loaded is None:
        with _load_lock:
            if _loaded is None:
                _loaded = NativeAtomics(fastio.built(SOURCE))
    return _loaded


def loaded() -> NativeAtomics | None:
    """The library if a thread has loaded it (terminate and teardown never load it)."""
    return _loaded
