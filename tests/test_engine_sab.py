"""The process-wide SharedArrayBuffer allocator and structured-clone bytes (engine layer)."""

from __future__ import annotations

import threading

from noderun.engine import sab, serialize
from noderun.engine.runtime import Context, Runtime


def _with_context(fn):
    """Run fn(context) on a new thread with its own runtime (as a worker would), then free it."""
    result = {}

    def body():
        runtime = Runtime()
        context = Context(runtime)
        try:
            result["value"] = fn(context)
        finally:
            context.free()
            runtime.free()

    thread = threading.Thread(target=body)
    thread.start()
    thread.join()
    return result.get("value")


def _written(source: str):
    """The message of the value of `source`, written in a runtime that is gone by the return."""
    def make(context):
        value = context.eval_script(source, "written")
        try:
            return serialize.write(context, value)
        finally:
            value.free()

    return _with_context(make)


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

    assert _with_context(read) == 8
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
