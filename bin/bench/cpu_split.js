// CPU-bound work on 1 worker, then split over 2 workers: prints the speedup (time1 / time2)
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');
const TOTAL = Number(process.argv[2] || 40000000);
function work(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s = (s + i * 7) % 1000003;
  return s;
}
if (isMainThread) {
  const run = (workers) => new Promise((resolve) => {
    const start = process.hrtime.bigint();
    let done = 0;
    for (let k = 0; k < workers; k++) {
      new Worker(__filename, { workerData: TOTAL / workers }).on('message', () => {
        if (++done === workers) resolve(Number(process.hrtime.bigint() - start) / 1e6);
      });
    }
  });
  (async () => {
    const one = await run(1);
    const two = await run(2);
    console.log((one / two).toFixed(3));
  })();
} else {
  parentPort.postMessage(work(workerData));
}
