"""The compiled hot path of worker messages (fastmsg.c): loaded here, and a thread's sender.

Built and found as engine/fastio.c is (fastio.built): from its source with the C compiler the
first time a process needs it, named by a checksum of the source. Loaded when a thread first
uses a MessagePort (a Worker, a MessageChannel), so a program without messages never pays for
it. Where it cannot be built, `Sender.create` says so with FastIOError and the messages take
the JS path (node/js/internal/worker/serdes.js) they always could.
"""

from __future__ import annotations

import os

from . import serialize
from .fastio import HERE, FastIOError, built
from .lib import _extension_path, ffi, lib

SOURCE = os.path.join(HERE, "fastmsg.c")


class FastMsg:
    """The loaded library (`lib`, `ffi`) and its JS functions' addresses as the engine's
    JSCFunctionData pointers (for JS_NewCFunctionData)."""

    def __init__(self, path: str) -> None:
        from ._fastmsg_ffi import ffi as msg_ffi   # (out of line: no declaration parsed here)

        self.ffi = msg_ffi
        self.lib = msg_ffi.dlopen(path)
        if self.lib.fastmsg_init(_extension_path().encode()) != 0:
            raise FastIOError(f"{path}: the engine's functions were not found in {_extension_path()}")
        self.post_function = self._function("fastmsg_post")
        self.job_pending_function = self._function("fastmsg_job_pending")

    def _function(self, name: str):
        address = int(self.ffi.cast("uintptr_t", self.ffi.addressof(self.lib, name)))
        return ffi.cast("JSCFunctionData *", address)

    def value_pointer(self, value):
        """A JSValue of the engine's ffi as a `JSValue *` of this library's (valid while the
        returned cdata lives)."""
        box = self.ffi.new("JSValue *")
        box.u, box.tag = value.u, value.tag
        return box


_loaded: FastMsg | None = None


def load() -> FastMsg:
    global _loaded
    if _loaded is None:
        _loaded = FastMsg(built(SOURCE))
    return _loaded


class Sender:
    """One thread's outboxes (one per port id, in C): what fastmsg_post wrote and the host has
    not sent yet. Owner thread only."""

    def __init__(self, context, fast: FastMsg, pointer) -> None:
        self.context = context
        self._fast = fast
        self._lib = fast.lib
        self._ptr = pointer
        self._size = fast.ffi.new("size_t *")
        self._count = fast.ffi.new("uint32_t *")
        self._out = fast.ffi.new("JSValue *")
        self._ctx = fast.ffi.cast("void *", int(ffi.cast("uintptr_t", context.ptr)))

    @classmethod
    def create(cls, context, object_proto, array_proto, items_of, plain_object, plain_array) -> "Sender":
        """This thread's sender (raises FastIOError when the library cannot be built): the
        arguments are the context's Object.prototype, Array.prototype, a JS function giving a
        Map's or Set's items as an array, a plain object and an array (JSValues, borrowed)."""
        fast = load()
        boxes = [fast.value_pointer(v) for v in (object_proto, array_proto, items_of, plain_object, plain_array)]
        ctx = fast.ffi.cast("void *", int(ffi.cast("uintptr_t", context.ptr)))
        pointer = fast.lib.fastmsg_sender_new(ctx, *boxes)
        if pointer == fast.ffi.NULL:
            raise MemoryError("fastmsg_sender_new")
        return cls(context, fast, pointer)

    def functions(self) -> list:
        """[post, jobPending] as new JS functions (owned JSValues)."""
        ctx = self.context.ptr
        return [lib.JS_NewCFunctionData(ctx, self._fast.post_function, 2, 0, 0, ffi.NULL),
                lib.JS_NewCFunctionData(ctx, self._fast.job_pending_function, 0, 0, 0, ffi.NULL)]

    def take(self, port_id: int):
        """Port `port_id`'s outbox written as one message to send: `bytes` for a lone message
        (as serialize.write_plain makes it), a serialize.Batch for several, None when empty."""
        pointer = self._lib.fastmsg_take(self._ptr, port_id, self._size, self._count)
        if pointer == self._fast.ffi.NULL:
            if self._count[0]:   # the writer failed (out of memory)
                raise MemoryError("the messages of a batch could not be written")
            return None
        try:
            data = self._fast.ffi.buffer(pointer, self._size[0])[:]
        finally:
            self._lib.fastmsg_free_written(self._ptr, pointer)
        count = self._count[0]
        return data if count == 1 else serialize.Batch(data, [], count)

    def free(self) -> None:
        if self._ptr is not None:
            self._lib.fastmsg_sender_free(self._ptr)
            self._ptr = None
