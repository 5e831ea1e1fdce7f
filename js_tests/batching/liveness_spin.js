// A worker posts a few messages and then spins on Atomics.load until the main thread, on
// receiving the last of them, sets the flag: the messages must leave while the worker spins
// (if they waited for the worker's turn to end it would never end: the worker gives up after 30 s).
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(__filename, { workerData: flag });
  worker.on('message', (m) => {
    console.log('main got', JSON.stringify(m));
    if (m.last) Atomics.store(flag, 0, 1);
  });
  worker.on('exit', (code) => console.log('exit', code));
} else {
  const flag = workerData;
  parentPort.postMessage({ n: 1 });
  parentPort.postMessage({ n: 2 });
  parentPort.postMessage({ n: 3, last: true });
  const deadline = Date.now() + 30000;   // wide: a loaded machine runs threads late
  let stuck = false;
  while (Atomics.load(flag, 0) === 0) {
    if (Date.now() > deadline) { stuck = true; break; }
  }
  parentPort.postMessage(stuck ? 'stuck' : 'released');
}
