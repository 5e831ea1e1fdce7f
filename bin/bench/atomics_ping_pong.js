// SharedArrayBuffer + Atomics.wait/notify ping-pong between main and a worker: ms per round trip
const { Worker, isMainThread, workerData } = require('worker_threads');
const N = Number(process.argv[2] || 20000);
if (isMainThread) {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const w = new Worker(__filename, { workerData: flag, argv: [String(N)] });
  w.once('online', () => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < N; i++) {
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
      while (Atomics.load(flag, 0) === 1) Atomics.wait(flag, 0, 1);
    }
    console.log((Number(process.hrtime.bigint() - start) / 1e6 / N).toFixed(4));
    w.terminate();
  });
} else {
  const flag = workerData;
  for (let i = 0; i < N; i++) {
    while (Atomics.load(flag, 0) === 0) Atomics.wait(flag, 0, 0);
    Atomics.store(flag, 0, 0);
    Atomics.notify(flag, 0);
  }
}
