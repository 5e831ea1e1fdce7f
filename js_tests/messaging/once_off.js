// once() fires once; off() removes; listenerCount follows
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const always = (m) => console.log('always', m);
const removed = (m) => console.log('removed (never)', m);
port2.once('message', (m) => console.log('once', m));
port2.on('message', always);
port2.on('message', removed);
port2.off('message', removed);
console.log('listeners', port2.listenerCount('message'));
port1.postMessage(1);
port1.postMessage(2);
setTimeout(() => { console.log('listeners', port2.listenerCount('message')); port2.close(); }, 20);
