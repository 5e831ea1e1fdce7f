// a waitAsync with a timeout settles with 'timed-out' when nobody notifies; the loop runs meanwhile
const i32 = new Int32Array(new SharedArrayBuffer(8));
const start = Date.now();
const result = Atomics.waitAsync(i32, 0, 0, 80);
console.log('async:', result.async);
result.value.then((value) => {
  const elapsed = Date.now() - start;
  console.log('resolved:', value, 'after at least the timeout:', elapsed >= 75);
  console.log('notify after timeout woke', Atomics.notify(i32, 0));
});
setTimeout(() => console.log('timer at 20ms ran first'), 20);
setTimeout(() => console.log('timer at 250ms ran last'), 250);
// a timeout that a notify beats resolves 'ok' once
const raced = Atomics.waitAsync(i32, 1, 0, 40);
setTimeout(() => console.log('notify before timeout woke', Atomics.notify(i32, 1)), 5);
raced.value.then((value) => console.log('raced resolved:', value));
