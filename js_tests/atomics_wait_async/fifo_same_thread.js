// several waiters on one element: notify(count) wakes the oldest `count`, in order; others wait on
const i32 = new Int32Array(new SharedArrayBuffer(16));
const order = [];
for (let n = 1; n <= 5; n++) {
  Atomics.waitAsync(i32, 0, 0).value.then((v) => order.push(`${n}:${v}`));
}
Atomics.waitAsync(i32, 1, 0).value.then((v) => order.push(`other:${v}`));
console.log('notify(0) woke', Atomics.notify(i32, 0, 0));
console.log('notify(-3) woke', Atomics.notify(i32, 0, -3));
console.log('notify(2.7) woke', Atomics.notify(i32, 0, 2.7));
setImmediate(() => {
  console.log('after notify(2.7):', order.join(' '));
  console.log('notify("1") woke', Atomics.notify(i32, 0, '1'));
  console.log('notify() woke', Atomics.notify(i32, 0));
  console.log('notify() again woke', Atomics.notify(i32, 0));
  setImmediate(() => {
    console.log('after all:', order.join(' '));
    console.log('other element notify woke', Atomics.notify(i32, 1, Infinity));
    setImmediate(() => console.log('finally:', order.join(' ')));
  });
});
