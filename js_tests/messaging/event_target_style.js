// addEventListener and onmessage receive a MessageEvent; on() receives the data
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
let count = 0;
const done = () => { if (++count === 3) port2.close(); };
port2.addEventListener('message', (event) => {
  console.log('addEventListener', event.constructor.name, event.type, event.data, event.target === port2, Array.isArray(event.ports));
  done();
});
port2.onmessage = (event) => { console.log('onmessage', event.data); done(); };
port2.on('message', (data) => { console.log('on', data); done(); });
port1.postMessage('hello');
