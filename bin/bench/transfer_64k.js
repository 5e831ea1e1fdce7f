// 64 KiB ArrayBuffers moved main -> worker in a transfer list, one new buffer per message:
// buffers per ms
const { Worker, isMainThread, parentPort } = require('worker_threads');
const N = Number(process.argv[2] || 20000);
const SIZE = 64 * 1024;
if (isMainThread) {
  const w = new Worker(__filename, { argv: [String(N)] });
  w.once('message', () => {   // the worker is listening
    const start = process.hrtime.bigint();
    for (let i = 0; i < N; i++) {
      const buffer = new ArrayBuffer(SIZE);
      new Uint8Array(buffer)[0] = i & 0xff;
      w.postMessage(buffer, [buffer]);
    }
    w.once('message', (sum) => {
      console.log((N / (Number(process.hrtime.bigint() - start) / 1e6)).toFixed(1));
      w.terminate();
    });
  });
} else {
  let n = 0;
  let sum = 0;
  parentPort.on('message', (buffer) => {
    sum += new Uint8Array(buffer)[0];
    if (++n === N) parentPort.postMessage(sum);
  });
  parentPort.postMessage('ready');
}
