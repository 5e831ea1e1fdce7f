// Between two messages of one burst the nextTick queue and then the microtask queue (chained
// jobs included) drain completely, as after any callback; on the same thread and from a worker.
const { Worker, MessageChannel, isMainThread, parentPort } = require('worker_threads');

function listen(port, label, count, done) {
  let seen = 0;
  port.on('message', (value) => {
    console.log(label, 'message', JSON.stringify(value));
    process.nextTick(() => console.log(label, 'tick', value.n ?? value));
    Promise.resolve().then(() => console.log(label, 'micro', value.n ?? value))
      .then(() => console.log(label, 'chained micro', value.n ?? value));
    queueMicrotask(() => console.log(label, 'queueMicrotask', value.n ?? value));
    if (++seen === count) done();
  });
}

if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  listen(port2, 'channel', 3, () => {
    port2.close();
    const worker = new Worker(__filename);
    listen(worker, 'worker', 4, () => worker.terminate());
  });
  port1.postMessage({ n: 0 });
  port1.postMessage(1);
  port1.postMessage({ n: 2, list: [1, 2] });
} else {
  for (let n = 0; n < 4; n++) parentPort.postMessage(n % 2 ? n : { n });
}
