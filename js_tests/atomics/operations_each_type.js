// every Atomics operation on every integer typed array: the C fast path (shared, in range,
// int32 arguments), the JS path (out of range, a string index, not an integer array) and plain memory
const sab = new SharedArrayBuffer(64);
const out = [];
for (const T of [Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array]) {
  const a = new T(sab, 8, 4);
  a[1] = 5;
  out.push(T.name, Atomics.add(a, 1, -7), Atomics.sub(a, 1, 3), Atomics.and(a, 1, 0x7ff0), Atomics.or(a, 1, 0x8001),
    Atomics.xor(a, 1, 0xff), Atomics.exchange(a, 1, -1), Atomics.compareExchange(a, 1, -1, 9),
    Atomics.compareExchange(a, 1, 8, 10), Atomics.load(a, 1), Atomics.store(a, 1, 300), a[1], Atomics.store(a, 2, 1.5), a[2]);
  for (const bad of [[a, 4, 1], [a, -1, 1], [a, '1', 1], [new Float64Array(4), 0, 1], [{}, 0, 1]]) {
    try { out.push(Atomics.add(...bad)); } catch (e) { out.push(`${e.name}: ${e.message}`); }
  }
  const plain = new T(4);
  out.push(Atomics.add(plain, 0, 2), Atomics.add(plain, 0, 2), Atomics.load(plain, 0));
}
console.log(out.join('\n'));
