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
from .values import TAG_UNDEFINED

SOURCE = os.path.join(fastio.HERE, "natomics.c")

# the kind of each method (natomics.c's OP_ and KIND_ constants, in their order) and its length
METHODS = {"add": (0, 3), "sub": (1, 3), "and": (2, 3), "or": (3, 3), "xor": (4, 3),
           "exchange": (5, 3), "compareExchange": (6, 4), "load": (7, 2), "store": (8, 3),
           "wait": (9, 4), "notify": (10, 3), "waitAt": (11, 4), "waitAsyncAt": (12, 5), "notifyAt": (13, 2)}
VALUES = 5   # natomics.c's Method.values: the slow method, the flush function, the three wait results


class NativeAtomics:
    """The loaded library (`lib`, `ffi`)."""

    def __init__(self, path: str) -> None:
        from ._natomics_ffi import ffi as natomics_ffi   # (out of line: no declaration parsed here)

        self.ffi = natomics_ffi
        self.lib = self.ffi.dlopen(path)
        self._learned = False
        if self.lib.natomics_init(_extension_path().encode()) != 0:
            raise fastio.FastIOError(f"{path}: the engine's functions were not found in {_extension_path()}")

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

    def method_class(self, runtime) -> int:
        """The class of the methods in `runtime` (an engine Runtime), registered on first use."""
        if runtime.natomics_class == 0:
            runtime.natomics_class = self.lib.natomics_class_new(self.ffi.cast("void *", int(ffi.cast("uintptr_t", runtime.ptr))))
            if runtime.natomics_class == 0:
                raise MemoryError("Atomics: the engine refused the methods' class")
        return runtime.natomics_class

    def new_method(self, context_ptr, class_id: int, name: str, values: list, tick_info: int):
        """An owned JSValue (engine/lib's, maybe the exception) of the method `name` (of METHODS),
        holding `values` (borrowed JSValues, at most VALUES; the rest are undefined) and the
        address of the thread's tick info."""
        kind, length = METHODS[name]
        boxed = self.ffi.new("JSValue[]", VALUES)
        for i in range(VALUES):
            boxed[i].tag = values[i].tag if i < len(values) else TAG_UNDEFINED
            boxed[i].u = values[i].u if i < len(values) else 0
        made = self.lib.natomics_method_new(self.ffi.cast("void *", int(ffi.cast("uintptr_t", context_ptr))),
                                            class_id, kind, name.encode(), length, boxed,
                                            self.ffi.cast("int32_t *", tick_info))
        return ffi.new("JSValue *", (made.u, made.tag))[0]


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
