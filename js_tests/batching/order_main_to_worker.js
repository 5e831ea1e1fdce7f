// The main thread posts small plain messages interleaved with direct-path ones to a worker
// (worker.postMessage); the worker reports the sequence it received.
const { Worker, isMainThread, parentPort } = require('worker_threads');
const { postMixed, describe } = require('./helpers/mixed');
if (isMainThread) {
  const worker = new Worker(__filename);
  worker.on('message', (lines) => console.log(lines.join('\n')));
  worker.on('exit', (code) => console.log('exit', code));
  postMixed((value, transfer) => worker.postMessage(value, transfer));
} else {
  const lines = [];
  parentPort.on('message', (m) => {
    lines.push(`${lines.length} ${describe(m)}`);
    if (m === 'end') {
      parentPort.postMessage(lines);
      parentPort.close();
    }
  });
}
