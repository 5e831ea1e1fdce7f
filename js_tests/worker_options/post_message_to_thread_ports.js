// postMessageToThread to a worker that has just been made (the message waits for its entry to
// add the 'workerMessage' listener), with a MessagePort in the transfer list: the two threads then
// talk over it; the sender's port end is transferred away
const { Worker, postMessageToThread, MessageChannel } = require('worker_threads');

const worker = new Worker(`
  process.on('workerMessage', ({ greeting, port }, source) => {
    port.postMessage(greeting + ' from thread ' + source + ' received');
    port.close();
  });
  require('worker_threads').parentPort.once('message', () => {});
`, { eval: true });
const { port1, port2 } = new MessageChannel();
const reply = new Promise((resolve) => port1.once('message', resolve));
const delivered = postMessageToThread(worker.threadId, { greeting: 'hello', port: port2 }, [port2]);
// (the reply and the delivery's promise arrive by different paths, in either order)
Promise.all([delivered, reply]).then(([result, message]) => {
  console.log('delivered', result, '; sender port2 closed:', port2.postMessage('x') === undefined);
  console.log(message);
  port1.close();
  worker.postMessage('done');
});
postMessageToThread(worker.threadId, { port: port1 }).catch((e) => console.log(e.name, e.message));
worker.on('exit', (code) => console.log('exit', code));
