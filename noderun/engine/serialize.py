"""Structured-clone bytes: a JS value written by one runtime and read by another.

`write` encodes with QuickJS's object writer (object references, so cycles and shared objects
survive; SharedArrayBuffers by address, not by copy) into a `Message` that owns plain bytes and a
reference to every SharedArrayBuffer block it names, so the memory stays alive while the message
is in flight between threads. `read` decodes it in the receiving context. The JS-level rules of
structured clone (what may be cloned, errors, holes, transfer lists) are applied before and after,
in node/js/internal/worker/serdes.js; this module only moves bytes.
"""

from __future__ import annotations

from . import sab
from . import values as V
from .lib import ffi, lib

_WRITE_FLAGS = V.WRITE_OBJ_SAB | V.WRITE_OBJ_REFERENCE
_READ_FLAGS = V.READ_OBJ_SAB | V.READ_OBJ_REFERENCE


class Message:
    """Bytes plus the SharedArrayBuffer blocks they refer to. `ports` carries the transferred
    MessagePort ends beside the bytes; `marked` says the value holds structured-clone markers
    that the receiving side must revive (see serdes.js)."""

    __slots__ = ("data", "_blocks", "ports", "marked")

    def __init__(self, data: bytes, blocks: list):
        self.data = data
        self._blocks = blocks
        self.ports: list = []
        self.marked = False

    def copy(self) -> "Message":
        """Another message with the same bytes and its own references (one per receiver)."""
        other = Message(self.data, list(self._blocks))
        for block in other._blocks:
            sab.retain(block)
        other.marked = self.marked
        return other

    def release(self) -> None:
        """Drop the message's references to its SharedArrayBuffer blocks (idempotent)."""
        blocks, self._blocks = self._blocks, []
        for block in blocks:
            sab.release(block)

    def __del__(self):
        self.release()


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


def _write(context, borrowed) -> Message:
    size = context._size_out
    tab = context._sab_tab_out
    buf = lib.JS_WriteObject2(context.ptr, size, borrowed, _WRITE_FLAGS, tab)
    if buf == ffi.NULL:
        context.check(V.make(V.TAG_EXCEPTION))
    try:
        data = ffi.unpack(ffi.cast("char *", buf), size[0])
        blocks = []
        if tab.len:
            blocks = [tab.tab[i] for i in range(tab.len)]
            for block in blocks:
                sab.retain(block)
    finally:
        lib.js_free(context.ptr, buf)
        if tab.tab != ffi.NULL:
            lib.js_free(context.ptr, tab.tab)
            tab.tab = ffi.NULL
            tab.len = 0
    return Message(data, blocks)


def read(context, message: Message):
    """Decode a message into an owned JS value of `context` (a JSObject for objects)."""
    data = message.data
    return context.take(lib.JS_ReadObject(context.ptr, data, len(data), _READ_FLAGS))


def read_many(context, messages: list[Message]):
    """Decode messages into one new JS array of their values (a JSObject); releases them."""
    ctx = context.ptr
    array = context.check(lib.JS_NewArray(ctx))
    try:
        for i, message in enumerate(messages):
            data = message.data
            value = lib.JS_ReadObject(ctx, data, len(data), _READ_FLAGS)
            message.release()
            if value.tag == V.TAG_EXCEPTION:
                context.check(value)
            lib.JS_SetPropertyUint32(ctx, array, i, value)   # takes the value's reference
    except BaseException:
        lib.JS_FreeValue(ctx, array)
        raise
    return context.take(array)
