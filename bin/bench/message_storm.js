// 1,000,000 small messages ({ i }) from 4 workers to the main thread: ms from the start signal
// until the main thread has received them all
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
const TOTAL = Number(process.argv[2] || 1000000);
const WORKERS = 4;
if (isMainThread) {
  const each = TOTAL / WORKERS;
  let ready = 0;
  let received = 0;
  let start;
  const workers = [];
  for (let w = 0; w < WORKERS; w++) {
    const worker = new Worker(__filename, { workerData: each });
    workers.push(worker);
    worker.on('message', (m) => {
      if (m === 'ready') {
        if (++ready === WORKERS) {
          start = process.hrtime.bigint();
          for (const other of workers) other.postMessage('go');
        }
        return;
      }
      if (++received === TOTAL) {
        console.log((Number(process.hrtime.bigint() - start) / 1e6).toFixed(1));
        for (const other of workers) other.terminate();
      }
    });
  }
} else {
  parentPort.once('message', () => {
    for (let i = 0; i < workerData; i++) parentPort.postMessage({ i });
  });
  parentPort.postMessage('ready');
}
