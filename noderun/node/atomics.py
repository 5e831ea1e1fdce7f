"""Host functions behind Atomics (node/js/internal/worker/atomics.js): the native methods of
engine/natomics.c for a thread, made on its first Atomics call, and the address of a
SharedArrayBuffer's memory (where its elements' waiters are keyed)."""

from __future__ import annotations

from ..engine import natomics, sab
from ..engine.lib import ffi, lib
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
    tick_address = float(int(ffi.cast("uintptr_t", realm._tick_info)))   # (C reads its flag)
    strings = [ctx.to_js(name) for name in waits.RESULT_NAMES]
    methods = ctx.new_object()
    try:
        for name, (magic, length) in natomics.OPERATIONS.items():
            _define(ctx, methods, native.functions["natomics_op"], name, length, magic,
                    [slow.get(name), flush, tick_address])
        _define(ctx, methods, native.functions["natomics_wait_js"], "wait", 4, 0,
                [slow.get("wait"), flush, tick_address, *strings])
        _define(ctx, methods, native.functions["natomics_notify_js"], "notify", 3, 0,
                [slow.get("notify"), flush, tick_address])
        _define(ctx, methods, native.functions["natomics_wait_at"], "waitAt", 4, 0, strings)
        _define(ctx, methods, native.functions["natomics_wait_async_at"], "waitAsyncAt", 5, 0, [])
        _define(ctx, methods, native.functions["natomics_notify_at"], "notifyAt", 2, 0, [])
    finally:
        for value in strings:
            lib.JS_FreeValue(ctx.ptr, value)
    return methods


def _define(ctx: Context, target: JSObject, function, name: str, length: int, magic: int, data: list) -> None:
    """target[name] = a C function of natomics.c's with `data` (JSObjects, owned JSValues of
    strings, or numbers) as its JSCFunctionData."""
    values = ffi.new("JSValue[]", max(len(data), 1))
    owned = []
    for i, item in enumerate(data):
        if isinstance(item, JSObject):
            values[i] = item.value
            owned.append(item)
        elif isinstance(item, float):
            values[i] = lib.JS_NewNumber(ctx.ptr, item)
        else:
            values[i] = item   # a string made by the caller, freed by it
    try:
        created = ctx.take(lib.JS_NewCFunctionData2(ctx.ptr, function, name.encode(), length, magic,
                                                    len(data), values))
        target.set(name, created)
        created.free()
    finally:
        for handle in owned:
            handle.free()


FUNCTIONS = {
    "sabAddress": _sab_address,
    "atomicsNative": _native,
}
