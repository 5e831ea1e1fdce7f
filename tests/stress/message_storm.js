// 4 workers each exchange N messages with the main thread; every message must arrive, in order
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
const N = Number(process.argv[2] || 100000);
const WORKERS = 4;
if (isMainThread) {
  let finished = 0;
  const start = Date.now();
  for (let w = 0; w < WORKERS; w++) {
    const worker = new Worker(__filename, { workerData: w, argv: [String(N)] });
    let expected = 0;
    let disorder = 0;
    worker.on('message', (m) => {
      if (m.seq !== expected || m.worker !== w) disorder++;
      expected++;
      if (expected === N) {
        console.log(`worker ${w}: received ${expected} replies, ${disorder} out of order`);
        worker.postMessage('done');
      }
    });
    worker.on('exit', (code) => {
      if (code !== 0) console.log(`worker ${w} exit ${code}`);
      if (++finished === WORKERS) console.error(`elapsed ${Date.now() - start} ms`);
    });
    for (let i = 0; i < N; i++) worker.postMessage(i);
  }
} else {
  let expected = 0;
  let disorder = 0;
  parentPort.on('message', (m) => {
    if (m === 'done') {
      if (disorder) console.log(`worker ${workerData} saw ${disorder} out of order`);
      parentPort.close();
      return;
    }
    if (m !== expected) disorder++;
    expected++;
    parentPort.postMessage({ seq: m, worker: workerData });
  });
}
