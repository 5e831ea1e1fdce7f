// 8 workers each doing 1e6 Atomics.add on the same SharedArrayBuffer element: ms from the start
// signal (all workers online and waiting) until the last one is done
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');
const WORKERS = 8;
const N = Number(process.argv[2] || 1e6);
if (isMainThread) {
  const shared = new Int32Array(new SharedArrayBuffer(8));   // [start flag, counter]
  let online = 0;
  let done = 0;
  let start;
  for (let k = 0; k < WORKERS; k++) {
    const w = new Worker(__filename, { workerData: shared, argv: [String(N)] });
    w.on('message', (m) => {
      if (m === 'ready' && ++online === WORKERS) {
        start = process.hrtime.bigint();
        Atomics.store(shared, 0, 1);
        Atomics.notify(shared, 0);
      } else if (m === 'done' && ++done === WORKERS) {
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        if (Atomics.load(shared, 1) !== WORKERS * N) throw new Error(`lost adds: ${Atomics.load(shared, 1)}`);
        console.log(ms.toFixed(2));
      }
    });
  }
} else {
  const shared = workerData;
  parentPort.postMessage('ready');
  Atomics.wait(shared, 0, 0);
  for (let i = 0; i < N; i++) Atomics.add(shared, 1, 1);
  parentPort.postMessage('done');
}
