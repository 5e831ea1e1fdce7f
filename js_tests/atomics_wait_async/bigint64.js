// BigInt64Array: values compared as signed 64-bit BigInts; notify wakes them like int32 waiters
const big = new BigInt64Array(new SharedArrayBuffer(32));
big[1] = -1n;
big[2] = 2n ** 63n - 1n;
const show = (label, r) => console.log(label, r.async, r.value instanceof Promise ? 'a Promise' : r.value);
show('0n, timeout 0:', Atomics.waitAsync(big, 0, 0n, 0));
show('1n differs:', Atomics.waitAsync(big, 0, 1n));
show('-1n:', Atomics.waitAsync(big, 1, -1n, 0));
show('2n**64n - 1n wraps to -1n:', Atomics.waitAsync(big, 1, 2n ** 64n - 1n, 0));
show('max int64:', Atomics.waitAsync(big, 2, 2n ** 63n - 1n, 0));
show('string "0":', Atomics.waitAsync(big, 0, '0', 0));
show('true vs 0n:', Atomics.waitAsync(big, 0, true, 0));
show('object valueOf 0n:', Atomics.waitAsync(big, 0, { valueOf: () => 0n }, 0));
const high = Atomics.waitAsync(big, 2, 2n ** 63n - 1n);
show('pending:', high);
high.value.then((v) => console.log('high resolved', v, big[2]));
setTimeout(() => {
  big[2] = -5n;
  console.log('notify woke', Atomics.notify(big, 2, 10));
  // The timed-out waiter starts after the notify: started with 'high', its 30 ms could pass before
  // a loaded machine ran this 5 ms timer. A pending waitAsync keeps no process alive: a timer does.
  const low = Atomics.waitAsync(big, 3, 0n, 30);
  low.value.then((v) => console.log('low resolved', v));
  setTimeout(() => {}, 60);
}, 5);
