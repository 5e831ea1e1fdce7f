// notify counts async waiters with blocked ones and wakes them oldest first, whichever kind:
// main waits async (1st), a worker blocks in Atomics.wait (2nd), main waits async again (3rd)
const { Worker } = require('worker_threads');
const i32 = new Int32Array(new SharedArrayBuffer(16));   // [0] waited on, [1] worker about to wait
const woke = [];
let third;   // the 3rd waiter's promise, once it waits
const first = Atomics.waitAsync(i32, 0, 0);
first.value.then((v) => woke.push(`first async ${v}`));
const worker = new Worker(`
  const { workerData: i32, parentPort } = require('worker_threads');
  Atomics.store(i32, 1, 1);
  const result = Atomics.wait(i32, 0, 0);
  parentPort.postMessage('blocked worker ' + result);
`, { eval: true, workerData: i32 });
worker.on('message', (m) => woke.push(m));
worker.on('exit', (code) => {
  console.log('worker exit', code);
  console.log('woken so far:', woke.join(' | '));
  console.log('second notify woke', Atomics.notify(i32, 0));
  // after the 3rd waiter's own callback (a timer could come first on a loaded machine)
  third.value.then(() => console.log('at the end:', woke.join(' | ')));
});
function whenWorkerWaits() {
  if (Atomics.load(i32, 1) === 0) return setTimeout(whenWorkerWaits, 5);
  // Give it time to get from the store into the wait (nothing tells when it is there; the margin
  // is wide because a loaded machine can keep a thread from running for tens of milliseconds).
  setTimeout(() => {
    third = Atomics.waitAsync(i32, 0, 0);
    third.value.then((v) => woke.push(`third async ${v}`));
    console.log('notify(2) woke', Atomics.notify(i32, 0, 2));
  }, 250);
}
whenWorkerWaits();
