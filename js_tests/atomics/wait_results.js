// Atomics.wait returns 'not-equal' and 'timed-out' on the main thread; notify counts waiters
const ints = new Int32Array(new SharedArrayBuffer(16));
console.log(Atomics.wait(ints, 0, 1));
console.log(Atomics.wait(ints, 0, 0, 10));
console.log(Atomics.wait(ints, 0, 0, 0));
console.log(Atomics.notify(ints, 0, 1));
const big = new BigInt64Array(new SharedArrayBuffer(16));
console.log(Atomics.wait(big, 1, 5n), Atomics.wait(big, 1, 0n, 1));
for (const bad of [() => Atomics.wait(new Int32Array(4), 0, 0), () => Atomics.wait(new Uint8Array(new SharedArrayBuffer(4)), 0, 0), () => Atomics.wait(ints, 10, 0), () => Atomics.notify(new Float64Array(1), 0)]) {
  try { bad(); } catch (e) { console.log(e.name, e.message); }
}
console.log(Atomics.notify(new Int32Array(4), 0));
