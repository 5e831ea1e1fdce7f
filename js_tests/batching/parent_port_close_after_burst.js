// A worker posts a burst on parentPort and closes it at once: the main thread gets the burst,
// then the worker's exit.
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const worker = new Worker(__filename);
  const got = [];
  worker.on('message', (m) => got.push(m));
  worker.on('exit', (code) => console.log('exit', code, 'after', JSON.stringify(got)));
} else {
  for (let i = 0; i < 6; i++) parentPort.postMessage(i % 2 ? i : { i });
  parentPort.close();
  parentPort.postMessage('after close');
}
