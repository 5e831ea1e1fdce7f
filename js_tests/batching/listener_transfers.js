// A listener that transfers its own port to a worker in the middle of a burst: the messages not
// yet delivered go with the port and the worker receives them, in order.
const { Worker, MessageChannel, isMainThread, workerData } = require('worker_threads');
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(__filename);
  // (a watchdog: a worker that never gets the rest would wait forever)
  const watchdog = setTimeout(() => {
    console.log('worker still waiting after 30 s');
    worker.terminate();
  }, 30000);   // wide: a loaded machine runs threads late
  worker.on('message', (m) => {
    clearTimeout(watchdog);
    console.log('worker reports', JSON.stringify(m));
  });
  worker.on('exit', (code) => console.log('exit', code));
  port2.on('message', (m) => {
    console.log('main got', JSON.stringify(m));
    if (m === 2) worker.postMessage({ port: port2 }, [port2]);
  });
  for (let i = 1; i <= 6; i++) port1.postMessage(i);
  port1.postMessage('last');
} else {
  const { parentPort } = require('worker_threads');
  parentPort.once('message', ({ port }) => {
    const got = [];
    port.on('message', (m) => {
      got.push(m);
      if (m === 'last') {
        parentPort.postMessage(got);
        port.close();
      }
    });
  });
}
