// A worker posts a few messages and then computes without returning to its event loop until
// the main thread has received them (it counts them in shared memory; the worker gives up after
// 30 s), so the main thread receives them while the worker still computes, before its 'done'.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const state = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(__filename, { workerData: state });
  worker.on('message', (m) => {
    if (m.n !== undefined) {
      Atomics.add(state, 0, 1);
      console.log('main got', m.n, 'worker still computing', Atomics.load(state, 1) === 0);
    } else {
      console.log('main got', JSON.stringify(m));
    }
  });
  worker.on('exit', (code) => console.log('exit', code));
} else {
  const state = workerData;
  parentPort.postMessage({ n: 1 });
  parentPort.postMessage({ n: 2 });
  parentPort.postMessage({ n: 3 });
  const end = Date.now() + 30000;   // wide: a loaded machine runs threads late
  let x = 0;
  while (Atomics.load(state, 0) < 3 && Date.now() < end) {
    for (let i = 0; i < 1000; i++) x = (x * 31 + i) % 1000003;
  }
  const seenDuring = Atomics.load(state, 0);
  Atomics.store(state, 1, 1);
  parentPort.postMessage({ done: true, seenDuring });
}
