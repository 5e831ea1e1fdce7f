// A worker posts small plain messages interleaved with direct-path ones on parentPort: the main
// thread receives them in posting order.
const { Worker, isMainThread, parentPort } = require('worker_threads');
const { postMixed, describe } = require('./helpers/mixed');
if (isMainThread) {
  const worker = new Worker(__filename);
  let count = 0;
  worker.on('message', (m) => console.log(count++, describe(m)));
  worker.on('exit', (code) => console.log('exit', code, 'after', count));
} else {
  postMixed((value, transfer) => parentPort.postMessage(value, transfer));
}
