// messages wait in the queue until the port is started (by a listener or start())
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port1.postMessage('early 1');
port1.postMessage('early 2');
setTimeout(() => {
  port2.on('message', (m) => {
    console.log('late listener got', m);
    if (m === 'early 2') port2.close();
  });
}, 20);
