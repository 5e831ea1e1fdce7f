// A listener that throws on one message of a burst: the exception goes to
// process.on('uncaughtException') and the next messages of the burst are still delivered, with
// the nextTick queue drained between them. For the worker's burst node 24 interleaves the ticks
// and the uncaught exceptions with the deliveries differently from run to run (1 run in 20 here),
// so there each kind of event is printed in its own order, once the worker has ended. The worker
// waits for the main thread's word that the burst was read before it ends: a worker that ends
// first has its pending messages delivered by node 24 as it emits 'exit', after the other events.
const { Worker, MessageChannel, isMainThread, parentPort } = require('worker_threads');
let workerEvents = null;   // an array while the worker's burst is read
function record(line, fromChannel = false) {
  if (workerEvents && !fromChannel) workerEvents.push(line);
  else console.log(line);
}
process.on('uncaughtException', (e) => record(`uncaught ${e.message}`));
function listen(port, label, onLast) {
  port.on('message', (m) => {
    record(`${label} got ${JSON.stringify(m)}`, label === 'channel');
    process.nextTick(() => record(`${label} tick after ${JSON.stringify(m)}`, label === 'channel'));
    if (m.throws) throw new Error(`thrown for ${m.n}`);
    if (m.last) onLast();
  });
}
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  listen(port2, 'channel', () => {
    port2.close();
    workerEvents = [];
    const worker = new Worker(__filename);
    listen(worker, 'worker', () => worker.postMessage('read'));
    worker.on('exit', () => {
      const events = workerEvents;
      workerEvents = null;
      for (const kind of [' got ', ' tick after ', 'uncaught ']) {
        for (const line of events) if (line.includes(kind)) console.log(line);
      }
    });
  });
  port1.postMessage({ n: 1 });
  port1.postMessage({ n: 2, throws: true });
  port1.postMessage({ n: 3 });
  port1.postMessage({ n: 4, throws: true });
  port1.postMessage({ n: 5, last: true });
} else {
  parentPort.postMessage({ n: 1, throws: true });
  parentPort.postMessage({ n: 2 });
  parentPort.postMessage({ n: 3, throws: true });
  parentPort.postMessage({ n: 4, last: true });
  parentPort.once('message', () => parentPort.close());
}
