// a MessagePort moves to a worker through the transfer list; the sender's handle is closed
const { Worker, MessageChannel, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  const { port1, port2 } = new MessageChannel();
  port1.on('message', (m) => {
    console.log('main got over the transferred channel:', m);
    port1.close();
    w.terminate();
  });
  w.postMessage({ port: port2 }, [port2]);
  port2.postMessage('into a moved port');   // dropped: port2 belongs to the worker now
  console.log('sent');
} else {
  parentPort.once('message', ({ port }) => {
    port.postMessage(`hello from worker, port is a ${port.constructor.name}`);
  });
}
