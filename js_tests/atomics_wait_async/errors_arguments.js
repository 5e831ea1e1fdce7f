// index, value and timeout checks and conversions: V8's errors, in V8's order
const i32 = new Int32Array(new SharedArrayBuffer(16));
const big = new BigInt64Array(new SharedArrayBuffer(16));
const log = [];
const spy = (name, value) => ({ valueOf() { log.push(name); return value; } });
function attempt(label, fn) {
  log.length = 0;
  try {
    const r = fn();
    console.log(label, '->', typeof r === 'object' ? `${r.async} ${r.value}` : r, `[${log}]`);
  } catch (e) {
    console.log(label, '->', e.name, e.message, `[${log}]`);
  }
}
attempt('index 4 of 4', () => Atomics.waitAsync(i32, 4, 0));
attempt('index -1', () => Atomics.waitAsync(i32, -1, 0));
attempt('index Infinity', () => Atomics.waitAsync(i32, Infinity, 0));
attempt('index "x" (NaN is 0)', () => Atomics.waitAsync(i32, 'x', 0, 0));
attempt('index undefined', () => Atomics.waitAsync(i32, undefined, 1));
attempt('index symbol', () => Atomics.waitAsync(i32, Symbol('i'), 0));
attempt('index bigint', () => Atomics.waitAsync(i32, 0n, 0));
attempt('value symbol', () => Atomics.waitAsync(i32, 0, Symbol('v')));
attempt('value bigint on Int32Array', () => Atomics.waitAsync(i32, 0, 0n));
attempt('timeout symbol', () => Atomics.waitAsync(i32, 0, 0, Symbol('t')));
attempt('timeout bigint', () => Atomics.waitAsync(i32, 0, 0, 5n));
attempt('BigInt64Array value 0', () => Atomics.waitAsync(big, 0, 0));
attempt('BigInt64Array value 1.5', () => Atomics.waitAsync(big, 0, 1.5));
attempt('BigInt64Array value undefined', () => Atomics.waitAsync(big, 0, undefined));
attempt('BigInt64Array value null', () => Atomics.waitAsync(big, 0, null));
attempt('BigInt64Array value "abc"', () => Atomics.waitAsync(big, 0, 'abc'));
attempt('BigInt64Array value symbol', () => Atomics.waitAsync(big, 0, Symbol('q')));
attempt('BigInt64Array value {}', () => Atomics.waitAsync(big, 0, {}));
attempt('index 2 of 2', () => Atomics.waitAsync(big, 2, 0n));
attempt('object without primitive', () => Atomics.waitAsync(i32, { valueOf() { return {}; }, toString() { return {}; } }, 0));
attempt('non-callable toPrimitive', () => Atomics.waitAsync(i32, { [Symbol.toPrimitive]: 5 }, 0));
attempt('order, value differs', () => Atomics.waitAsync(i32, spy('index', 0), spy('value', 1), spy('timeout', 0)));
attempt('order, index bad', () => Atomics.waitAsync(i32, spy('index', 9), spy('value', 1), spy('timeout', 0)));
attempt('order, unshared', () => Atomics.waitAsync(new Int32Array(4), spy('index', 9), spy('value', 1)));
attempt('order, wait', () => Atomics.wait(i32, spy('index', 0), spy('value', 0), spy('timeout', 0)));
attempt('order, notify', () => Atomics.notify(i32, spy('index', 0), spy('count', 1)));
attempt('notify unshared, bad index', () => Atomics.notify(new Int32Array(4), spy('index', 7), spy('count', 1)));
attempt('notify count symbol', () => Atomics.notify(i32, 0, Symbol('c')));
attempt('wait index "x"', () => Atomics.wait(i32, 'x', 1));
attempt('wait value bigint', () => Atomics.wait(i32, 0, 0n, 0));
