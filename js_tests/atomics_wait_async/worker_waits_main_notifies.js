// a worker's waitAsync, settled by the main thread's notify; the worker's loop keeps its port going
const { Worker } = require('worker_threads');
const i32 = new Int32Array(new SharedArrayBuffer(8));
const worker = new Worker(`
  const { workerData: i32, parentPort } = require('worker_threads');
  const result = Atomics.waitAsync(i32, 0, 0);
  result.value.then((value) => {
    parentPort.postMessage('worker resolved ' + value + ' seeing ' + Atomics.load(i32, 0));
    parentPort.close();
  });
  parentPort.on('message', (m) => parentPort.postMessage('worker echo ' + m));
  parentPort.postMessage('worker waiting ' + result.async);
`, { eval: true, workerData: i32 });
worker.on('message', (m) => {
  console.log(m);
  if (m.startsWith('worker waiting')) worker.postMessage('ping');
  if (m.startsWith('worker echo')) {
    Atomics.store(i32, 0, 9);
    console.log('main notify woke', Atomics.notify(i32, 0));
  }
});
worker.on('exit', (code) => console.log('worker exit', code));
