// A thread that receives a burst but never posts: between two messages its nextTicks and promise
// jobs run (a message's ticks before the next message), as node drains after each callback.
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  const log = [];
  let n = 0;
  parentPort.on('message', (m) => {
    log.push('message ' + m.i);
    process.nextTick(() => log.push('tick ' + m.i));
    Promise.resolve().then(() => log.push('promise ' + m.i));
    if (++n === 5) {
      setImmediate(() => {
        console.log(log.join('\\n'));
        parentPort.close();
      });
    }
  });
`, { eval: true });
worker.on('online', () => {
  for (let i = 0; i < 5; i++) worker.postMessage({ i });
});
worker.on('exit', (code) => console.log('exit', code));
