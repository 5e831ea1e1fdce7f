// notify on the waiting thread itself: counted at once, the promise settles in a later task
// (after this task's nextTicks and microtasks, before setImmediate), as in node
const i32 = new Int32Array(new SharedArrayBuffer(8));
const first = Atomics.waitAsync(i32, 0, 0);
first.value.then((v) => console.log('first resolved', v));
setImmediate(() => console.log('immediate'));
console.log('notify woke', Atomics.notify(i32, 0));
console.log('notify again woke', Atomics.notify(i32, 0));
Promise.resolve().then(() => console.log('microtask'));
process.nextTick(() => console.log('nextTick'));
setImmediate(() => {
  const second = Atomics.waitAsync(i32, 0, 0);
  second.value.then((v) => console.log('second resolved', v));
  setImmediate(() => console.log('next immediate'));
  console.log('notify in immediate woke', Atomics.notify(i32, 0, 1));
});
