"""The compiled hot path of worker messages (fastmsg.c): loaded here, and a thread's sender.

Built and found as engine/fastio.c is (fastio.built): from its source with the C compiler the
first time a process needs it, named by a checksum of the source. Loaded when a thread first
uses a MessagePort (a Worker, a MessageChannel), so a program without messages never pays for
it. Where it cannot be built, `Sender.create` raises FastIOError saying why, and the post that
asked for it throws it, as fastio.c's first socket read does: messages never take a slower path
without saying so. (Runtimes are still made, with the engine's own allocator: a program that
sends no message runs as anywhere.)
"""

from __future__ import annotations

import os

from . import values as V
from .fastio import HERE, FastIOError, built
from .lib import _extension_path, ffi, lib

SOURCE = os.path.join(HERE, "fastmsg.c")

# engine/serialize.py, once a message is taken: every start loads this module for the allocator
# (malloc_functions) and needs no message classes
serialize = None


def _serialize():
    global serialize
    from . import serialize as module
    serialize = module
    return module


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
        self.send_function = self._function("fastmsg_send")
        self.send_buffer_function = self._function("fastmsg_send_buffer")
        self.drain_pending_function = self._function("fastmsg_drain_pending")

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
_failure: FastIOError | None = None   # why it could not be built: not tried again by every thread


def load() -> FastMsg:
    global _loaded, _failure
    if _loaded is None:
        if _failure is not None:
            raise _failure
        try:
            _loaded = FastMsg(built(SOURCE))
        except FastIOError as exc:
            _failure = exc
            raise
    return _loaded


_malloc_functions = None


def malloc_functions():
    """The allocator every runtime is made with (JS_NewRuntime2), so that a transferred
    ArrayBuffer's memory can move from one runtime to another (fastmsg.c); None where fastmsg.c
    cannot be built (runtimes then use the engine's own, and transfers copy)."""
    global _malloc_functions
    if _malloc_functions is None:
        try:
            fast = load()
        except FastIOError:
            _malloc_functions = False
        else:
            address = int(fast.ffi.cast("uintptr_t", fast.lib.fastmsg_malloc_functions()))
            _malloc_functions = ffi.cast("JSMallocFunctions *", address)
    return _malloc_functions or None


def move_out(context, borrowed_buffer) -> tuple[int, int, bool]:
    """Detach a transferred ArrayBuffer of `context` (not shared, not resizable, at least 1 KiB;
    its runtime made with malloc_functions) and take its memory block: (block address, size,
    whether the block itself moved rather than a copy of it), for move_in on the receiving thread
    or free_block. MemoryError when out of memory (then nothing was detached)."""
    fast = _loaded
    box = fast.value_pointer(borrowed_buffer)
    block = fast.ffi.new("void **")
    size = fast.ffi.new("size_t *")
    moved = fast.lib.fastmsg_move_out(_context_pointer(fast, context), box, block, size)
    if moved < 0:
        raise MemoryError("a transferred ArrayBuffer could not be moved")
    return int(fast.ffi.cast("uintptr_t", block[0])), size[0], moved == 1


def move_in(context, block: int, size: int):
    """An owned JSValue: a new ArrayBuffer of `context` over a moved block (which it owns from
    now on); raises JSError (out of memory) leaving the block to the caller."""
    return context.check(move_in_value(context, block, size))


def move_in_value(context, block: int, size: int):
    """move_in, with the exception marker (the exception pending in `context`) instead of raising."""
    fast = _loaded
    out = fast.ffi.new("JSValue *")
    if fast.lib.fastmsg_move_in(_context_pointer(fast, context), fast.ffi.cast("void *", block), size, out) < 0:
        return V.make(V.TAG_EXCEPTION)
    return V.make(out.tag, out.u)


COPY_MAGIC = 0xC7   # the first byte of a lone message fastmsg.c wrote in its own format (its COPY_MAGIC)


def read_copy(context, data: bytes):
    """An owned JSValue: a serialize.PlainCopy read in `context` (the exception marker, pending in
    the context, when it cannot be read)."""
    fast = _loaded
    result = fast.lib.fastmsg_read_copy(_context_pointer(fast, context), data, len(data))
    return V.make(result.tag, result.u)


def live_blocks() -> int:
    """How many moved blocks are alive (in flight, or held by a runtime's ArrayBuffer)."""
    return load().lib.fastmsg_live_blocks()


def free_block(block: int) -> None:
    """A moved block no runtime took (its message was dropped)."""
    _loaded.lib.fastmsg_free_block(_loaded.ffi.cast("void *", block))


def _context_pointer(fast: FastMsg, context):
    return fast.ffi.cast("void *", int(ffi.cast("uintptr_t", context.ptr)))


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
        self._ctx = _context_pointer(fast, context)

    @classmethod
    def create(cls, context, object_proto, array_proto, items_of, plain_object, plain_array) -> "Sender":
        """This thread's sender (raises FastIOError when the library cannot be built): the
        arguments are the context's Object.prototype, Array.prototype, a JS function giving a
        Map's or Set's items as an array, a plain object and an array (JSValues, borrowed)."""
        fast = load()
        boxes = [fast.value_pointer(v) for v in (object_proto, array_proto, items_of, plain_object, plain_array)]
        pointer = fast.lib.fastmsg_sender_new(_context_pointer(fast, context), *boxes)
        if pointer == fast.ffi.NULL:
            raise MemoryError("fastmsg_sender_new")
        return cls(context, fast, pointer)

    def functions(self, tick_info) -> list:
        """[post, drainPending, send, sendBuffer] as new JS functions (owned JSValues); `tick_info`:
        the thread's tick info (an int32_t * of the engine's ffi), which drainPending reads."""
        ctx = self.context.ptr
        address = ffi.new("JSValue[1]", [V.new_float64(float(int(ffi.cast("uintptr_t", tick_info))))])
        return [lib.JS_NewCFunctionData(ctx, self._fast.post_function, 2, 0, 0, ffi.NULL),
                lib.JS_NewCFunctionData(ctx, self._fast.drain_pending_function, 0, 0, 1, address),
                lib.JS_NewCFunctionData(ctx, self._fast.send_function, 1, 0, 0, ffi.NULL),
                lib.JS_NewCFunctionData(ctx, self._fast.send_buffer_function, 2, 0, 0, ffi.NULL)]

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
        return data if count == 1 else (serialize or _serialize()).Batch(data, [], count)

    def deliver_one(self, deliver, port_id: int, data: bytes):
        """deliverMessages(port_id, [the message in `data`]) (the JSObject `deliver`), with the
        reader's error as a 'messageerror' when it refuses the bytes: the call's result (an
        owned JSValue, or the exception marker)."""
        fast = self._fast
        result = fast.lib.fastmsg_deliver_one(self._ctx, fast.value_pointer(deliver.value), port_id, data, len(data))
        return V.make(result.tag, result.u)

    def free(self) -> None:
        if self._ptr is not None:
            self._lib.fastmsg_sender_free(self._ptr)
            self._ptr = None


class Lanes:
    """fastmsg.c's lanes (see there) for host/channel.py's ends and host/loop.py's loops: a lane's
    mail comes out as `bytes`, a lone message as serialize.write_plain makes it, as a
    serialize.PlainCopy (one fastmsg.c wrote in its own format), or as a serialize.MovedBuffer
    (postMessage(buffer, [buffer]))."""

    # (one object for every thread: out-parameters are made per call, or given by the caller,
    # never kept here, where another thread's call would overwrite them before they are read)

    def __init__(self, fast: FastMsg) -> None:
        self._lib = fast.lib
        self._ffi = fast.ffi

    def new_lane(self):
        lane = self._lib.fastmsg_lane_new()
        if lane == self._ffi.NULL:
            raise MemoryError("fastmsg_lane_new")
        return lane

    def free_lane(self, lane) -> None:
        self._lib.fastmsg_lane_free(lane)

    def open(self, lane, inbox, port_id: int, order: int) -> None:
        self._lib.fastmsg_lane_open(lane, inbox, port_id, order)

    def close(self, lane) -> list:
        """Close the lane: what it held, oldest first."""
        self._lib.fastmsg_lane_close(lane)
        return self.take_all(lane)

    def take_one(self, lane) -> bytes | serialize.MovedBuffer | None:
        new = self._ffi.new
        data, size, block = new("uint8_t **"), new("size_t *"), new("void **")
        mail = self._lib.fastmsg_lane_take(lane, data, size, block)
        if mail == self._ffi.NULL:
            return None
        try:
            if block[0] != self._ffi.NULL:   # (the block is the MovedBuffer's now)
                return (serialize or _serialize()).MovedBuffer(int(self._ffi.cast("uintptr_t", block[0])), size[0])
            written = self._ffi.buffer(data[0], size[0])[:]
            if written[0] == COPY_MAGIC:   # (fastmsg.c's own format, not the engine writer's)
                return (serialize or _serialize()).PlainCopy(written)
            return written
        finally:
            self._lib.fastmsg_mail_free(mail)

    def take_all(self, lane) -> list:
        mail = []
        while (one := self.take_one(lane)) is not None:
            mail.append(one)
        return mail

    def waiting(self, lane) -> bool:
        return bool(self._lib.fastmsg_lane_waiting(lane))

    def peers_free(self) -> None:
        """This thread's ports are all closed: its table of their peers' lanes goes."""
        self._lib.fastmsg_peers_free()

    def set_peer(self, port_id: int, lane) -> None:
        """Port `port_id` of this thread sends to `lane` (None: no more)."""
        if self._lib.fastmsg_set_peer(port_id, lane if lane is not None else self._ffi.NULL) != 0:
            raise MemoryError("fastmsg_set_peer")

    def new_inbox(self, wake_fd: int):
        inbox = self._lib.fastmsg_inbox_new(wake_fd)
        if inbox == self._ffi.NULL:
            raise MemoryError("fastmsg_inbox_new")
        return inbox

    def free_inbox(self, inbox) -> None:
        self._lib.fastmsg_inbox_free(inbox)

    def posted(self, inbox) -> None:
        """A callback was posted to the loop's own inbox (lanes wait until the loop has taken it)."""
        self._lib.fastmsg_inbox_posted(inbox)

    def sync(self, inbox) -> None:
        self._lib.fastmsg_inbox_sync(inbox)

    def inbox_waiting(self, inbox) -> bool:
        return bool(self._lib.fastmsg_inbox_waiting(inbox))

    def new_ids(self):
        """Room for take_ready's port ids (a loop's own)."""
        return self._ffi.new("int32_t[64]")

    def take_ready(self, inbox, ids) -> list[int]:
        """The port ids of the lanes with mail for this loop, in order (`ids`: from new_ids)."""
        n = self._lib.fastmsg_inbox_take(inbox, ids, 64)
        return [ids[i] for i in range(n)] if n else []


_lanes: Lanes | None = None


def lanes() -> Lanes | None:
    """The lanes (None where the library is not loaded: its build failed)."""
    global _lanes
    if _lanes is None and _loaded is not None:
        _lanes = Lanes(_loaded)
    return _lanes
