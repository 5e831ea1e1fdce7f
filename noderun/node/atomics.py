"""Host functions behind Atomics (node/js/internal/worker/atomics.js): the native methods of
engine/natomics.c for a thread, made on its first Atomics call, and the address of a
SharedArrayBuffer's memory (where its elements' waiters are keyed)."""

from __future__ import annotations

from ..engine import natomics, sab
from ..engine.lib import ffi, lib
from ..engine import values as V
from ..engine.runtime import Context, JSObject
from ..host import waits


def _sab_address(ctx: Context, buffer: JSObject) -> int:
    return sab.block_address(ctx, buffer.value)


def _native(ctx: Context, slow: JSObject, flush: JSObject, sample: JSObject) -> JSObject:
    """atomicsNative(slow, flush, sample): this thread's Atomics methods in C, as an object:
    add ... store, wait and notify (each hands what it does not do itself to `slow`'s method of
    the same name, and calls `flush` first when the tick info says batched messages wait), and
    waitAt / waitAsyncAt / notifyAt, the wait table by address for the JS path; `sample` is the
    typed array natomics.learn asks for. The thread becomes an owner of waits: terminate() wakes
    it from Atomics.wait, and its loop settles its waitAsync promises (resolveWaitAsync)."""
    native = natomics.load()
    native.learn(ctx.ptr, sample._box)
    thread = ctx.host
    realm = thread.realm

    def on_results(results: list[tuple[int, int]]) -> None:
        for i, (wait_id, result) in enumerate(results):
            if i:
                realm.drain(flush=False)   # each settled promise's reactions run before the next
            realm.call("resolveWaitAsync", wait_id, waits.RESULT_NAMES[result])

    waits.attach(thread, on_results)
    tick_info = int(ffi.cast("uintptr_t", realm._tick_info))   # (C reads its flag)
    class_id = native.method_class(ctx.runtime)
    strings = [ctx.to_js(name) for name in waits.RESULT_NAMES]
    methods = ctx.new_object()
    try:
        for name in natomics.METHODS:
            handle = slow.get(name)   # (None for waitAt & co., which have no slow path)
            values = [V.UNDEFINED if handle is None else handle.value, flush.value, *strings]
            try:
                made = ctx.take(native.new_method(ctx.ptr, class_id, name, values, tick_info))
            finally:
                if handle is not None:
                    handle.free()
            methods.set(name, made)
            made.free()
    finally:
        for value in strings:
            lib.JS_FreeValue(ctx.ptr, value)
    return methods


FUNCTIONS = {
    "sabAddress": _sab_address,
    "atomicsNative": _native,
}
