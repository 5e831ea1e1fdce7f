// MessageChannel: messages arrive in order, as clones, asynchronously
const { MessageChannel, MessagePort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
console.log(port1 instanceof MessagePort, port1 instanceof EventTarget, typeof port1.on, port1.constructor.name);
const sent = { n: 1 };
port2.on('message', (m) => {
  console.log('got', m, m === sent);
  if (m.n === 3) port2.close();
});
port1.postMessage(sent);
port1.postMessage({ n: 2 });
port1.postMessage({ n: 3 });
console.log('posted synchronously');
