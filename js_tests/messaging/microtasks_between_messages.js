// Between two messages of one burst the nextTick queue and then the microtask queue (chained
// jobs included) drain completely, as after any callback, on the same thread. For a worker's
// burst node 24 does not always keep that interleaving (under load it was seen delivering a
// message before the ticks of the one before, and emitting 'exit' before the ticks of the last
// three), so there each kind of event is checked in its own order, printed on the turn of the
// loop after the worker's 'exit'.
const { Worker, MessageChannel, isMainThread, parentPort } = require('worker_threads');

function listen(port, label, count, log, done) {
  let seen = 0;
  port.on('message', (value) => {
    log(label, 'message', JSON.stringify(value));
    process.nextTick(() => log(label, 'tick', value.n ?? value));
    Promise.resolve().then(() => log(label, 'micro', value.n ?? value))
      .then(() => log(label, 'chained micro', value.n ?? value));
    queueMicrotask(() => log(label, 'queueMicrotask', value.n ?? value));
    if (++seen === count) done();
  });
}

if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  listen(port2, 'channel', 3, console.log, () => {
    port2.close();
    const worker = new Worker(__filename);
    const events = new Map();   // kind -> what was seen, in order
    const record = (label, kind, what) => {
      if (!events.has(kind)) events.set(kind, []);
      events.get(kind).push(what);
    };
    listen(worker, 'worker', 4, record, () => worker.terminate());
    worker.on('exit', () => setImmediate(() => {
      for (const [kind, seen] of events) console.log('worker', kind, seen.join(' '));
    }));
  });
  port1.postMessage({ n: 0 });
  port1.postMessage(1);
  port1.postMessage({ n: 2, list: [1, 2] });
} else {
  for (let n = 0; n < 4; n++) parentPort.postMessage(n % 2 ? n : { n });
}
