// A worker posts a burst and then blocks in Atomics.wait until the main thread, on receiving the
// last message, notifies it: the burst must have left before the worker blocked.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(__filename, { workerData: flag });
  worker.on('message', (m) => {
    console.log('main got', JSON.stringify(m));
    if (m === 'last') {
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
    }
  });
  worker.on('exit', (code) => console.log('exit', code));
} else {
  const flag = workerData;
  for (let i = 0; i < 5; i++) parentPort.postMessage({ i });
  parentPort.postMessage('last');
  const result = Atomics.wait(flag, 0, 0, 5000);
  // ('not-equal' when the flag was set before the wait began: released all the same)
  parentPort.postMessage(result === 'timed-out' ? 'stuck' : 'released');
}
