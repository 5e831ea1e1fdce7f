// a waitAsync with a timeout settles with 'timed-out' when nobody notifies; the loop runs meanwhile
// (the margins between the timers and the timeout are wide: a loaded machine can stall a process
// for hundreds of milliseconds, and 280 ms were overrun)
const i32 = new Int32Array(new SharedArrayBuffer(8));
const start = Date.now();
const result = Atomics.waitAsync(i32, 0, 0, 600);
console.log('async:', result.async);
result.value.then((value) => {
  const elapsed = Date.now() - start;
  console.log('resolved:', value, 'after at least the timeout:', elapsed >= 595);
  console.log('notify after timeout woke', Atomics.notify(i32, 0));
});
setTimeout(() => console.log('timer at 1500ms ran last'), 1500);
// a timeout that a notify beats resolves 'ok' once
const raced = Atomics.waitAsync(i32, 1, 0, 10000);   // wide margins: a loaded machine must not reorder
setTimeout(() => console.log('notify before timeout woke', Atomics.notify(i32, 1)), 5);
// The 20 ms timer is set once 'raced' has resolved: set at the start, a loaded machine could run it
// in the same turn as the 5 ms one, before the task that resolves 'raced'.
raced.value.then((value) => {
  console.log('raced resolved:', value);
  setTimeout(() => console.log('timer at 20ms ran first'), 20);
});
