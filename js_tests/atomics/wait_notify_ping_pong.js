// Atomics.wait blocks the worker until the main thread notifies; 1,000 round trips
const { Worker, isMainThread, workerData } = require('worker_threads');
const ROUNDS = 1000;
if (isMainThread) {
  const flag = new Int32Array(new SharedArrayBuffer(8));
  const w = new Worker(__filename, { workerData: flag });
  let results = new Set();
  for (let i = 0; i < ROUNDS; i++) {
    while (Atomics.load(flag, 0) !== 0) results.add(Atomics.wait(flag, 0, 1));
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  }
  // a wait can also see 'not-equal' when the worker flips the flag first: both are fine
  const expected = [...results].every((r) => r === 'ok' || r === 'not-equal');
  w.on('exit', (code) => console.log('worker done', code, 'counter', Atomics.load(flag, 1), 'waits returned ok or not-equal', expected));
} else {
  const flag = workerData;
  for (let i = 0; i < ROUNDS; i++) {
    while (Atomics.load(flag, 0) !== 1) Atomics.wait(flag, 0, 0);
    Atomics.add(flag, 1, 1);
    Atomics.store(flag, 0, 0);
    Atomics.notify(flag, 0);
  }
}
