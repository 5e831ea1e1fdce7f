// terminate() stops a worker blocked forever in Atomics.wait
const { Worker } = require('worker_threads');
const ints = new Int32Array(new SharedArrayBuffer(4));
const w = new Worker('const { workerData, parentPort } = require("worker_threads"); parentPort.postMessage("waiting"); Atomics.wait(workerData, 0, 0); parentPort.postMessage("never");', { eval: true, workerData: ints });
w.on('message', async (m) => {
  console.log(m);
  setTimeout(async () => console.log('terminated with', await w.terminate()), 20);
});
w.on('exit', (code) => console.log('exit', code));
