// waitAsync / wait / notify reject what is not a shared Int32Array or BigInt64Array, with V8's text
const sab = new SharedArrayBuffer(16);
function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, '->', typeof r === 'object' ? r.value : r);
  } catch (e) {
    console.log(label, '->', e.name, e.message, e instanceof TypeError);
  }
}
const bad = [
  ['unshared Int32Array', new Int32Array(4)],
  ['unshared BigInt64Array', new BigInt64Array(4)],
  ['Int16Array', new Int16Array(sab)],
  ['Uint32Array', new Uint32Array(sab)],
  ['Float64Array', new Float64Array(sab)],
  ['BigUint64Array', new BigUint64Array(sab)],
  ['Uint8ClampedArray', new Uint8ClampedArray(sab)],
  ['DataView', new DataView(sab)],
  ['array', [1, 2]],
  ['plain object', {}],
  ['class instance', new (class Waiter {})()],
  ['null-prototype object', Object.create(null)],
  ['object with own toString', { toString() { return 'x'; } }],
  ['error', new RangeError('boom')],
  ['map', new Map()],
  ['date', new Date(0)],
  ['SharedArrayBuffer', sab],
  ['number', 5],
  ['string', 'str'],
  ['undefined', undefined],
  ['null', null],
  ['symbol', Symbol('s')],
  ['bigint', 10n],
  ['function', function named() { return 1; }],
  ['fake Int32Array', Object.create(Int32Array.prototype)],
];
for (const [label, value] of bad) {
  attempt(`waitAsync(${label})`, () => Atomics.waitAsync(value, 0, 0));
}
attempt('wait(unshared)', () => Atomics.wait(new Int32Array(4), 0, 0));
attempt('wait(Float32Array)', () => Atomics.wait(new Float32Array(sab), 0, 0));
attempt('notify(unshared) returns', () => Atomics.notify(new Int32Array(4), 0));
attempt('notify(unshared BigInt64Array) returns', () => Atomics.notify(new BigInt64Array(4), 1, 5));
attempt('notify(Uint8Array)', () => Atomics.notify(new Uint8Array(sab), 0));
attempt('notify(plain object)', () => Atomics.notify({}, 0));
try {
  new Atomics.waitAsync(new Int32Array(sab), 0, 1);
} catch (e) {
  console.log('new Atomics.waitAsync() ->', e.name);   // (QuickJS words the message differently)
}
