"""Structured-clone bytes: a JS value written by one runtime and read by another.

`write` encodes with QuickJS's object writer (object references, so cycles and shared objects
survive; SharedArrayBuffers by address, not by copy) into a `Message` that owns plain bytes and a
reference to every SharedArrayBuffer block it names, so the memory stays alive while the message
is in flight between threads. `read` decodes it in the receiving context. The JS-level rules of
structured clone (what may be cloned, errors, holes, transfer lists) are applied before and after,
in node/js/internal/worker/serdes.js; this module only moves bytes.

The common message (a value that serdes.js found the writer takes as it is: no markers, no box,
no SharedArrayBuffer) travels without a `Message` around it, as what `write_plain` returns: plain
`bytes`, or for a number, boolean, null or undefined the JSValue's own bits as a (u, tag) tuple,
which mean the same in every runtime and need no writer. A `Batch` is several such messages sent
together as one array (node/messaging.py and engine/fastmsg.c batch a burst of small messages).
A `PlainCopy` is a lone message fastmsg.c wrote for a lane in its own format (taken back from the
lane by the host). A `MovedBuffer` is a transferred ArrayBuffer sent as the message itself (postMessage(buffer,
[buffer])): its memory block, moved out of the sender's runtime (engine/fastmsg.c), becomes an
ArrayBuffer of the receiver's. `read_many` takes all of these kinds.
"""

from __future__ import annotations

from . import sab
from . import values as V
from .lib import ffi, lib

_WRITE_FLAGS = V.WRITE_OBJ_SAB | V.WRITE_OBJ_REFERENCE
_READ_FLAGS = V.READ_OBJ_SAB | V.READ_OBJ_REFERENCE


class _HoldsBlocks:
    """A reference to each SharedArrayBuffer block the bytes name, so the memory stays alive while
    they are in flight between threads."""

    __slots__ = ("_blocks",)

    def release(self) -> None:
        """Drop the references to the SharedArrayBuffer blocks (idempotent)."""
        blocks, self._blocks = self._blocks, []
        for block in blocks:
            sab.release(block)

    def __del__(self):
        self.release()


class Message(_HoldsBlocks):
    """Bytes plus the SharedArrayBuffer blocks they refer to. `ports` carries the transferred
    MessagePort ends beside the bytes, `moved` the transferred ArrayBuffers' memory; `marked` says the value holds structured-clone markers
    that the receiving side must revive (see serdes.js)."""

    __slots__ = ("data", "ports", "marked", "boxed", "moved")

    def __init__(self, data: bytes, blocks: list, boxed: bool = True):
        self.data = data
        self._blocks = blocks
        self.ports: list = []
        self.marked = False
        self.boxed = boxed     # the value was written as [value] (see read_many)
        self.moved: list = []  # (block, size) of each transferred ArrayBuffer's memory (fastmsg.move_out)

    def release(self) -> None:
        super().release()
        moved, self.moved = self.moved, []
        if moved:
            from .fastmsg import free_block   # (loaded: it moved them)
            for block, _ in moved:
                free_block(block)

    def copy(self) -> "Message":
        """Another message with the same bytes and its own references (one per receiver)."""
        other = Message(self.data, list(self._blocks), self.boxed)
        for block in other._blocks:
            sab.retain(block)
        other.marked = self.marked
        return other


class Batch(_HoldsBlocks):
    """Messages written together as the elements of one array: read in one call, delivered one by
    one. Made only from values that need nothing but the writer (no markers or ports)."""

    __slots__ = ("data", "count")

    def __init__(self, data: bytes, blocks: list, count: int):
        self.data = data
        self._blocks = blocks
        self.count = count   # how many messages


class MovedBuffer:
    """A transferred ArrayBuffer's memory block in flight (fastmsg.move_out), the message itself:
    read, it is an ArrayBuffer of the receiving runtime over the same memory; dropped, it is freed."""

    __slots__ = ("block", "size")

    def __init__(self, block: int, size: int):
        self.block = block
        self.size = size

    def take_block(self) -> int:
        block, self.block = self.block, 0
        return block

    def release(self) -> None:
        block = self.take_block()
        if block:
            from .fastmsg import free_block   # (loaded: it moved the block)
            free_block(block)

    def __del__(self):
        self.release()


class PlainCopy(bytes):
    """A lone message of plain data as engine/fastmsg.c writes it for a lane in a format of its own
    (not the engine's writer's), which the host took back from the lane: fastmsg.read_copy reads it."""

    __slots__ = ()


# Tags of values that are their own bits (no reference count, no pointer), as write_plain passes on
_IMMEDIATE_TAGS = frozenset((V.TAG_INT, V.TAG_BOOL, V.TAG_NULL, V.TAG_UNDEFINED, V.TAG_FLOAT64))


def release(message) -> None:
    """Drop a message that will not be read (a Message, a Batch or a MovedBuffer holds something)."""
    if type(message) is Message or type(message) is Batch or type(message) is MovedBuffer:
        message.release()


def count(message) -> int:
    """How many messages a queue item is (a Batch holds several)."""
    return message.count if type(message) is Batch else 1


def is_plain(message) -> bool:
    """Whether a message is one of write_plain's light kinds (no markers, ports or box)."""
    return type(message) is not Message


def write(context, value) -> Message:
    """Encode a value (a JSObject handle or a Python value as a host function receives it);
    raises JSError (a TypeError from the engine) for what the writer cannot take."""
    if hasattr(value, "value"):   # a JSObject handle
        return _write(context, value.value)
    owned = context.to_js(value)
    try:
        return _write(context, owned)
    finally:
        lib.JS_FreeValue(context.ptr, owned)


def write_plain(context, borrowed):
    """Encode a value as it is, unboxed: (u, tag) for an immediate value, `bytes`, or a `Message`
    when it names SharedArrayBuffers; None (and no exception left pending) when the writer
    refuses it."""
    tag = borrowed.tag
    if tag in _IMMEDIATE_TAGS:
        return borrowed.u, tag
    ctx = context.ptr
    tab = context._sab_tab_out
    buf = lib.JS_WriteObject2(ctx, context._size_out, borrowed, _WRITE_FLAGS, tab)
    if not buf:   # (the writer leaves no block table behind when it fails)
        lib.JS_FreeValue(ctx, lib.JS_GetException(ctx))
        return None
    if tab.len:
        return _own(context, buf, tab, boxed=False)
    data = ffi.buffer(buf, context._size_out[0])[:]
    lib.js_free(ctx, buf)
    return data


def write_batch(context, borrowed_array, count: int) -> Batch:
    """Encode an array of `count` messages that need nothing but the writer; raises JSError if it
    fails."""
    ctx = context.ptr
    tab = context._sab_tab_out
    buf = lib.JS_WriteObject2(ctx, context._size_out, borrowed_array, _WRITE_FLAGS, tab)
    if not buf:
        context.check(V.make(V.TAG_EXCEPTION))
    data, blocks = _take_output(context, buf, tab)
    return Batch(data, blocks, count)


def _free_sab_tab(ctx, tab) -> None:
    if tab.tab != ffi.NULL:
        lib.js_free(ctx, tab.tab)
        tab.tab = ffi.NULL
        tab.len = 0


def _write(context, borrowed) -> Message:
    buf = lib.JS_WriteObject2(context.ptr, context._size_out, borrowed, _WRITE_FLAGS, context._sab_tab_out)
    if buf == ffi.NULL:
        context.check(V.make(V.TAG_EXCEPTION))
    return _own(context, buf, context._sab_tab_out)


def _own(context, buf, tab, boxed: bool = True) -> Message:
    """A Message owning a copy of the writer's output and a reference to each block it names."""
    data, blocks = _take_output(context, buf, tab)
    return Message(data, blocks, boxed)


def _take_output(context, buf, tab) -> tuple[bytes, list]:
    """The writer's output as bytes and a new reference to each SharedArrayBuffer block it names;
    frees the writer's buffer and block table."""
    try:
        data = ffi.buffer(buf, context._size_out[0])[:]
        blocks = [tab.tab[i] for i in range(tab.len)]
        for block in blocks:
            sab.retain(block)
    finally:
        lib.js_free(context.ptr, buf)
        _free_sab_tab(context.ptr, tab)
    return data, blocks


def read(context, message: Message):
    """Decode a message into an owned JS value of `context` (a JSObject for objects)."""
    data = message.data
    return context.take(lib.JS_ReadObject(context.ptr, data, len(data), _READ_FLAGS))


def read_many(context, messages: list, unreadable: list | None = None):
    """Decode messages (what write_plain returns, Batches, or Messages) into one new JS array of
    their values (a JSObject; a Batch gives the array of its messages), unboxing boxed ones;
    releases them. A message the reader refuses raises JSError; or, when `unreadable` is a list,
    its error takes its place in the array and its index is appended there."""
    ctx = context.ptr
    read, append = lib.JS_ReadObject, lib.JS_SetPropertyUint32
    array = context.check(lib.JS_NewArray(ctx))
    try:
        for i, message in enumerate(messages):
            if type(message) is bytes:   # the common case, inline
                value = read(ctx, message, len(message), _READ_FLAGS)
            else:
                value = _read_other(context, message)
            if value.tag == V.TAG_EXCEPTION:
                if unreadable is None:
                    context.check(value)
                unreadable.append(i)
                value = lib.JS_GetException(ctx)
            append(ctx, array, i, value)   # takes the value's reference
    except BaseException:
        lib.JS_FreeValue(ctx, array)
        raise
    return context.take(array)


def _read_other(context, message):
    """The owned JSValue of an immediate (u, tag) or of a Message (released, unboxed); an
    exception value (pending in the context) when the reader fails."""
    if type(message) is tuple:
        u, tag = message
        return V.make(tag, u)
    ctx = context.ptr
    if type(message) is PlainCopy:
        from .fastmsg import read_copy   # (loaded: it wrote the copy)
        return read_copy(context, message)
    if type(message) is MovedBuffer:
        from .fastmsg import move_in_value   # (loaded: it moved the block)
        value = move_in_value(context, message.block, message.size)
        if value.tag != V.TAG_EXCEPTION:
            message.take_block()   # (the ArrayBuffer owns it now; else it stays the message's)
        return value
    if type(message) is Batch:
        data = message.data
        value = lib.JS_ReadObject(ctx, data, len(data), _READ_FLAGS)
        message.release()
        return value
    data = message.data
    value = lib.JS_ReadObject(ctx, data, len(data), _READ_FLAGS)
    message.release()
    if message.boxed and value.tag == V.TAG_OBJECT:
        box, value = value, lib.JS_GetPropertyUint32(ctx, value, 0)
        lib.JS_FreeValue(ctx, box)
    return value
