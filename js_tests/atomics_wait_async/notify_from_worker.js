// a waitAsync on the main thread is resolved with 'ok' by Atomics.notify in a worker
const { Worker } = require('worker_threads');
const i32 = new Int32Array(new SharedArrayBuffer(8));
const result = Atomics.waitAsync(i32, 0, 0);
console.log('async:', result.async);
result.value.then((value) => console.log('main resolved:', value, 'cell:', Atomics.load(i32, 0)));
const worker = new Worker(`
  const { workerData: i32, parentPort } = require('worker_threads');
  setTimeout(() => {
    Atomics.store(i32, 0, 42);
    parentPort.postMessage(Atomics.notify(i32, 0));
  }, 30);
`, { eval: true, workerData: i32 });
worker.on('message', (woken) => console.log('worker notify woke:', woken));
worker.on('exit', (code) => console.log('worker exit', code));
