// A burst posted to a port that is then transferred to a worker before it received anything:
// the whole burst, and what is posted after the transfer, reach the worker in order.
const { Worker, MessageChannel, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  for (let i = 0; i < 5; i++) port1.postMessage(i % 2 ? i : { i });
  port1.postMessage(new Date(5));
  port1.postMessage(6);
  const worker = new Worker(__filename);
  worker.postMessage({ port: port2 }, [port2]);
  port1.postMessage('after transfer');
  port1.postMessage({ last: true });
  worker.on('message', (m) => console.log('worker received', m));
  worker.on('exit', (code) => console.log('exit', code));
} else {
  parentPort.once('message', ({ port }) => {
    const got = [];
    port.on('message', (m) => {
      got.push(m instanceof Date ? `Date ${m.getTime()}` : JSON.stringify(m));
      if (m.last) {
        parentPort.postMessage(got.join(' '));
        port.close();
      }
    });
  });
}
