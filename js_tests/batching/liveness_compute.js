// A worker posts a few messages and then computes for ~400 ms without returning to its event
// loop: the main thread receives them while the worker still computes (it marks a shared flag,
// which the worker reads when its computation ends), before the worker's 'done' message.
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
  const end = Date.now() + 400;
  let x = 0;
  while (Date.now() < end) for (let i = 0; i < 1000; i++) x = (x * 31 + i) % 1000003;
  const seenDuring = Atomics.load(state, 0);
  Atomics.store(state, 1, 1);
  parentPort.postMessage({ done: true, seenDuring });
}
