// a worker that ends (by itself or by terminate) leaves no waiter behind: notify counts none
const { Worker } = require('worker_threads');
const i32 = new Int32Array(new SharedArrayBuffer(8));
const natural = new Worker(`
  const { workerData: i32 } = require('worker_threads');
  const result = Atomics.waitAsync(i32, 0, 0);
  console.log('worker waiting:', result.async);
  result.value.then((v) => console.log('never printed', v));
`, { eval: true, workerData: i32 });
natural.on('exit', (code) => {
  console.log('ended by itself with', code, '- notify woke', Atomics.notify(i32, 0));
  const busy = new Worker(`
    const { workerData: i32, parentPort } = require('worker_threads');
    Atomics.waitAsync(i32, 1, 0);
    Atomics.waitAsync(i32, 1, 0, 60000);
    parentPort.postMessage('two waits pending');
    setInterval(() => {}, 1000);
  `, { eval: true, workerData: i32 });
  busy.on('message', async (m) => {
    console.log(m);
    console.log('terminated with', await busy.terminate(), '- notify woke', Atomics.notify(i32, 1));
  });
});
