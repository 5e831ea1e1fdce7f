// one-way small messages main -> worker: messages per ms
const { Worker, isMainThread, parentPort } = require('worker_threads');
const N = Number(process.argv[2] || 100000);
if (isMainThread) {
  const w = new Worker(__filename, { argv: [String(N)] });
  w.once('message', () => {   // the worker is listening
    const start = process.hrtime.bigint();
    for (let i = 0; i < N; i++) w.postMessage({ i, tag: 'small' });
    w.once('message', () => {
      console.log((N / (Number(process.hrtime.bigint() - start) / 1e6)).toFixed(1));
      w.terminate();
    });
  });
} else {
  let n = 0;
  parentPort.on('message', () => { if (++n === N) parentPort.postMessage('done'); });
  parentPort.postMessage('ready');
}
