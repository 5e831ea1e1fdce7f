// As receive_in_listener, with the burst coming from a worker that posts it all at once and
// then waits: the listener's receiveMessageOnPort takes the next message of the burst.
const { Worker, MessageChannel, receiveMessageOnPort, isMainThread, workerData } = require('worker_threads');
if (isMainThread) {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(__filename, { workerData: { port: port1, flag }, transferList: [port1] });
  // the listener is added only once the whole burst is queued
  const wait = () => (Atomics.load(flag, 0) === 1 ? listen() : setTimeout(wait, 5));
  wait();
  function listen() {
    port2.on('message', (m) => {
      console.log('listener', JSON.stringify(m));
      if (m.i === 2) console.log('taken in listener', JSON.stringify(receiveMessageOnPort(port2)));
      if (m.i === 6) port2.close();
    });
  }
} else {
  const { port, flag } = workerData;
  for (let i = 1; i <= 6; i++) port.postMessage({ i });
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}
