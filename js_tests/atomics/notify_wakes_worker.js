// a worker blocked in Atomics.wait is woken by notify from the main thread and sees 'ok'
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');
if (isMainThread) {
  const ints = new Int32Array(new SharedArrayBuffer(8));
  const w = new Worker(__filename, { workerData: ints });
  w.on('message', (m) => console.log('worker says', m));
  w.on('online', () => {
    const wake = () => {
      if (Atomics.notify(ints, 0, 1) === 1) console.log('notified one waiter');
      else setTimeout(wake, 5);
    };
    wake();
  });
} else {
  parentPort.postMessage(Atomics.wait(workerData, 0, 0));
}
