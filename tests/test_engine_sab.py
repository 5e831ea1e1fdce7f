"""The process-wide SharedArrayBuffer allocator and structured-clone bytes (engine layer)."""

from __future__ import annotations

from noderun.engine import sab, serialize

from engine_threads import on_own_thread


def _written(source: str):
    """The message of the value of `source`, written in a runtime that is gone by the return."""
    def make(context):
        value = context.eval_script(source, "written")
        try:
            return serialize.write(context, value)
        finally:
            value.free()

    return on_own_thread(make)


def test_a_shared_array_buffer_is_the_same_memory_in_another_runtime_and_freed_by_the_last_user():
    before = sab.live_blocks()
    # the writing runtime is gone; the message keeps the block
    message = _written("const s = new SharedArrayBuffer(8); new Int32Array(s)[0] = 7; ({ s })")
    assert sab.live_blocks() == before + 1

    def read(context):
        value = serialize.read(context, message)
        try:
            check = context.eval_script("(v) => { const a = new Int32Array(v.s); a[1] = a[0] + 1; return a[1]; }", "b")
            try:
                return check.call(value)
            finally:
                check.free()
        finally:
            value.free()

    assert on_own_thread(read) == 8
    assert sab.live_blocks() == before + 1  # still referenced by the message
    message.release()
    message.release()                       # idempotent
    assert sab.live_blocks() == before


def test_a_message_copy_holds_its_own_references():
    before = sab.live_blocks()
    message = _written("({ s: new SharedArrayBuffer(4) })")
    copy = message.copy()
    message.release()
    assert sab.live_blocks() == before + 1
    copy.release()
    assert sab.live_blocks() == before
