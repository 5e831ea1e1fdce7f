// A listener that throws on one message of a burst: the exception goes to
// process.on('uncaughtException') and the next messages of the burst are still delivered, with
// the nextTick queue drained between them.
const { Worker, MessageChannel, isMainThread, parentPort } = require('worker_threads');
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
function listen(port, label, onLast) {
  port.on('message', (m) => {
    console.log(label, 'got', JSON.stringify(m));
    process.nextTick(() => console.log(label, 'tick after', JSON.stringify(m)));
    if (m.throws) throw new Error(`thrown for ${m.n}`);
    if (m.last) onLast();
  });
}
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  listen(port2, 'channel', () => {
    port2.close();
    const worker = new Worker(__filename);
    listen(worker, 'worker', () => {});
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
}
