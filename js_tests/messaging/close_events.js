// close(): both sides get 'close'; what was sent before the close still arrives at the peer;
// messages after close are dropped silently
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => console.log('port2 got', m));
port2.on('close', () => console.log('port2 close'));
port1.postMessage('a');
port1.postMessage('b');
port1.close();
port1.postMessage('after close');
port1.close();
console.log('sync end');
setTimeout(() => {
  const c = new MessageChannel();
  c.port1.postMessage('queued, dropped by closing the receiver');
  c.port2.on('message', (m) => console.log('should not arrive', m));
  c.port2.close();
  c.port1.on('close', () => console.log('c.port1 close'));
}, 20);
