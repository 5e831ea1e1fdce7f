// The main thread posts a burst to a worker and spins on Atomics.load until the worker, having
// received the last message, answers through shared memory (the main thread gives up after 30 s).
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const state = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(__filename, { workerData: state });
  worker.on('online', () => {
    for (let i = 1; i <= 5; i++) worker.postMessage({ i });
    worker.postMessage(42);
    const deadline = Date.now() + 30000;   // wide: a loaded machine runs threads late
    while (Atomics.load(state, 0) === 0 && Date.now() < deadline);
    console.log(Atomics.load(state, 0) === 0 ? 'stuck' : `answer ${Atomics.load(state, 1)}`);
    worker.terminate().then((code) => console.log('terminated', code));
  });
} else {
  const state = workerData;
  let sum = 0;
  parentPort.on('message', (m) => {
    if (typeof m === 'number') {
      Atomics.store(state, 1, sum + m);
      Atomics.store(state, 0, 1);
    } else {
      sum += m.i;
    }
  });
}
