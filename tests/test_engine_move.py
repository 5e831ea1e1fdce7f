"""A transferred ArrayBuffer's memory moves from one runtime to another (engine/fastmsg.c): the
sender's buffer is detached and its runtime's accounting settled, the receiver's buffer is the
same memory, which the receiving runtime frees when it lets it go (or moves on again)."""

from __future__ import annotations

from noderun.engine import fastmsg
from noderun.engine.lib import ffi, lib

from engine_threads import on_own_thread


def _data_pointer(context, buffer) -> int:
    size = ffi.new("size_t *")
    return int(ffi.cast("uintptr_t", lib.JS_GetArrayBuffer(context.ptr, size, buffer.value)))


def _call(context, source: str, *args):
    function = context.eval_script(source, "call")
    try:
        return function.call(*args)
    finally:
        function.free()


def _malloc_size(context) -> int:
    return context.runtime.memory_usage()["malloc_size"]


def test_the_block_moves_and_the_sender_accounts_for_it():
    def send(context):
        before = _malloc_size(context)
        buffer = context.eval_script("const b = new ArrayBuffer(1 << 20); new Uint8Array(b).fill(7, 1000, 1010); b", "s")
        grown = _malloc_size(context) - before
        data = _data_pointer(context, buffer)
        block, size, moved = fastmsg.move_out(context, buffer.value)
        assert (buffer.get("byteLength"), buffer.get("detached")) == (0, True)
        buffer.free()
        # the sender's runtime no longer counts the megabyte
        assert grown >= 1 << 20 and _malloc_size(context) - before < grown - (1 << 19)
        return block, size, moved, data

    block, size, moved, data = on_own_thread(send)
    assert moved and size == 1 << 20

    def receive(context):
        buffer = context.take(fastmsg.move_in(context, block, size))
        try:
            assert _data_pointer(context, buffer) == data   # the same memory, not a copy
            return _call(context, "(b) => { const u = new Uint8Array(b); return [u.length, u[999], u[1000], u[1009]].join(); }", buffer)
        finally:
            buffer.free()

    assert on_own_thread(receive) == "1048576,0,7,7"   # (the receiving runtime freed the block at its end)


def test_a_moved_block_moves_on_and_a_dropped_one_is_freed():
    def make(context):
        buffer = context.eval_script("new Uint32Array(4096).fill(3).buffer", "m")
        try:
            return fastmsg.move_out(context, buffer.value)
        finally:
            buffer.free()

    block, size, _ = on_own_thread(make)
    for _ in range(200):   # through many runtimes, each detaching the last one's buffer
        def hop(context, block=block, size=size):
            buffer = context.take(fastmsg.move_in(context, block, size))
            try:
                assert _call(context, "(b) => new Uint32Array(b)[4095]", buffer) == 3
                return fastmsg.move_out(context, buffer.value)
            finally:
                buffer.free()

        block, size, moved = on_own_thread(hop)
        assert moved
    fastmsg.free_block(block)   # dropped: nobody takes it
