// Atomics.notify counts the waiters it wakes: four workers blocked on one element are all woken
// by notifies of one each (repeated until four were counted: a worker may not be blocked yet when
// a notify comes), each wait returns 'ok', and a notify with nobody waiting, or a count of 0,
// counts 0.
const { Worker } = require('worker_threads');
const ints = new Int32Array(new SharedArrayBuffer(16));
const WORKERS = 4;
console.log('nobody waiting', Atomics.notify(ints, 0), Atomics.notify(ints, 0, 0), Atomics.notify(ints, 0, -3));
const results = [];
let woken = 0;
let notifies = 0;
for (let i = 0; i < WORKERS; i++) {
  const w = new Worker(`const { workerData, parentPort } = require('worker_threads');
    parentPort.postMessage(Atomics.wait(workerData, 0, 0));`, { eval: true, workerData: ints });
  w.on('message', (result) => {
    results.push(result);
    if (results.length === WORKERS) {
      console.log('results', results.join(' '));
      console.log('woken in total', woken, 'by', notifies >= WORKERS ? 'at least 4' : 'fewer than 4', 'notifies');
      console.log('count 0 leaves them', Atomics.notify(ints, 0, 0));
    }
  });
}
(function notifyOne() {
  if (woken === WORKERS) return;
  const n = Atomics.notify(ints, 0, 1);
  if (n > 1) console.log('notify(…, 1) woke', n);
  woken += n;
  notifies++;
  setTimeout(notifyOne, 1);
})();
