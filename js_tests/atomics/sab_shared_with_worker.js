// a SharedArrayBuffer in workerData is the same memory in both threads
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');
if (isMainThread) {
  const sab = new SharedArrayBuffer(16);
  const ints = new Int32Array(sab);
  ints[0] = 41;
  const w = new Worker(__filename, { workerData: { sab } });
  w.on('message', () => {
    console.log('main sees', Array.from(ints));
  });
} else {
  const ints = new Int32Array(workerData.sab);
  Atomics.add(ints, 0, 1);
  ints[1] = 7;
  parentPort.postMessage('done');
}
