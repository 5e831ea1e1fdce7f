// the waiting thread keeps running timers, immediates and messages until a worker notifies it
const { Worker } = require('worker_threads');
const i32 = new Int32Array(new SharedArrayBuffer(8));
const events = [];
const result = Atomics.waitAsync(i32, 0, 0);
result.value.then((value) => {
  events.push(`resolved ${value}`);
  console.log(events.join('\n'));
});
let ticks = 0;
const interval = setInterval(() => { ticks++; }, 5);
// the timer is set by the immediate: a 10 ms timer set at the top level may come first or second
// in node 24, depending on how long starting the worker took
setImmediate(() => {
  events.push('immediate ran');
  setTimeout(() => {
    events.push('timer ran');
    worker.postMessage('hello');
  }, 10);
});
const worker = new Worker(`
  const { workerData: i32, parentPort } = require('worker_threads');
  parentPort.once('message', (m) => {
    parentPort.postMessage('worker got ' + m);
    setTimeout(() => { Atomics.store(i32, 0, 1); Atomics.notify(i32, 0); }, 20);
  });
`, { eval: true, workerData: i32 });
worker.on('message', (m) => events.push(m));
worker.on('exit', () => {
  clearInterval(interval);
  console.log('interval ran while waiting:', ticks > 2);
});
