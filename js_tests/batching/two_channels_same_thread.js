// Bursts on two channels posted alternately in one thread: each channel's messages arrive in its
// own order; the interleaving between the two channels is node's.
const { MessageChannel } = require('worker_threads');
const a = new MessageChannel();
const b = new MessageChannel();
const log = [];
a.port2.on('message', (m) => log.push(`a${m}`));
b.port2.on('message', (m) => log.push(`b${m}`));
for (let i = 0; i < 4; i++) {
  a.port1.postMessage(i);
  b.port1.postMessage(i);
}
setTimeout(() => {
  a.port1.postMessage('x');
  b.port1.postMessage('x');
  a.port1.postMessage('y');
}, 10);
setTimeout(() => {
  console.log(log.join(' '));
  a.port2.close();
  b.port2.close();
}, 50);
