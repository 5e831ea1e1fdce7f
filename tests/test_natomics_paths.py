"""engine/natomics.c's Atomics operations by both of their ways: reading the engine's objects
directly (the common case, on the layout natomics_learn checked) and through the engine's API (what
another engine build gets, whose layout the check refuses), each against the engine's own Atomics
on every integer typed array kind, in range and out of it.

In process, on a bare engine context (conftest's ctx): the methods are made by
natomics_method_new, as node/atomics.py makes them, with a JS function as their slow path that
says it was called.
"""

from __future__ import annotations

from noderun.engine import natomics
from noderun.engine.lib import ffi
from noderun.engine.runtime import Context

OPERATIONS = ("add", "sub", "and", "or", "xor", "exchange", "compareExchange", "load", "store")

# Each operation on each integer kind, with values that wrap and sign-extend, then the elements;
# then what the C leaves to the slow path (a float array, an index out of range, a non-int32
# value), whose results say whether the slow path ran.
EXERCISE = """(function (A) {
  const out = [], handed = [];
  for (const T of [Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array]) {
    const a = new T(new SharedArrayBuffer(4 * T.BYTES_PER_ELEMENT), T.BYTES_PER_ELEMENT, 3);
    out.push(A.store(a, 0, -2), A.add(a, 0, 0x7fffffff), A.sub(a, 1, 1), A.and(a, 0, 0x5555),
             A.or(a, 2, 0x180), A.xor(a, 2, -1), A.exchange(a, 1, 70000),
             A.compareExchange(a, 1, a[1], -70000), A.compareExchange(a, 2, 12345, 1),
             A.load(a, 0), A.load(a, 2), Array.from(a).join(','));
  }
  for (const call of [() => A.add(new Float64Array(2), 0, 1), () => A.add(new Int32Array(2), 2, 1),
                      () => A.add(new Int32Array(2), 0, 1.5), () => A.load(new Int32Array(2), -1)]) {
    try { handed.push(call()); } catch (e) { handed.push(e.name); }
  }
  return out.join(' ') + ' | ' + handed.join(' ');
})"""


def _methods(ctx: Context, native: natomics.NativeAtomics, tick_info) -> object:
    """An object of natomics' operations (as node/atomics.py makes them), whose slow path returns
    'slow' instead of the operation's result and whose flush counts its calls (globalThis.flushes)."""
    slow = ctx.eval_script("(function () { return 'slow'; })", "slow.js")
    flush = ctx.eval_script("globalThis.flushes = 0; (function () { globalThis.flushes++; })", "flush.js")
    methods = ctx.new_object()
    class_id = native.method_class(ctx.runtime)
    try:
        for name in OPERATIONS:
            made = ctx.take(native.new_method(ctx.ptr, class_id, name, [slow.value, flush.value],
                                              int(ffi.cast("uintptr_t", tick_info))))
            methods.set(name, made)
            made.free()
    finally:
        slow.free()
        flush.free()
    return methods


def _learn(ctx: Context, native: natomics.NativeAtomics, source: str) -> None:
    sample = ctx.eval_script(source, "sample.js")
    try:
        native.lib.natomics_learn(native.ffi.cast("void *", int(ffi.cast("uintptr_t", ctx.ptr))),
                                  native.ffi.cast("JSValue *", int(ffi.cast("uintptr_t", sample._box))))
    finally:
        sample.free()


def test_both_ways_give_the_engines_results(ctx):
    native = natomics.load()
    tick_info = ffi.new("int32_t[4]")   # (no batched message waits)
    exercise = ctx.eval_script(EXERCISE, "exercise.js")
    engine_atomics = ctx.global_object.get("Atomics")
    common, handed = exercise.call(engine_atomics).split(" | ")
    assert handed == "TypeError RangeError 0 RangeError"   # (the engine's: what its checks say)
    expected = f"{common} | slow slow slow slow"
    try:
        # a sample whose layout is not the one checked: every later method takes the API's way
        _learn(ctx, native, "new Int32Array(new SharedArrayBuffer(16))")
        by_api = _methods(ctx, native, tick_info)
        assert exercise.call(by_api) == expected
    finally:
        _learn(ctx, native, "new Int32Array(new SharedArrayBuffer(16), 4, 2)")
    direct = _methods(ctx, native, tick_info)
    assert exercise.call(direct) == expected
    for handle in (by_api, direct, engine_atomics, exercise):
        handle.free()


def test_a_write_sends_batched_messages_first(ctx):
    """With the tick info's flag up (MessagePorts batched messages), a write calls the flush
    function before it writes; a load does not."""
    native = natomics.load()
    tick_info = ffi.new("int32_t[4]")
    methods = _methods(ctx, native, tick_info)
    exercise = ctx.eval_script("(function (A) { const a = new Int32Array(new SharedArrayBuffer(8));"
                               " return [A.add(a, 0, 5), A.store(a, 1, 7), A.load(a, 0), flushes].join(); })", "e.js")
    assert exercise.call(methods) == "0,7,5,0"
    tick_info[3] = 1
    assert exercise.call(methods) == "0,7,5,2"
    for handle in (methods, exercise):
        handle.free()
