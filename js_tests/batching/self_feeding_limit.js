// A listener that answers each message on the same channel (a message posted while the port is
// being drained): node goes on delivering such messages for at least 1000 of them before it lets
// the loop run its immediates; the position of a setImmediate shows where.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
let received = 0;
port2.on('message', (m) => {
  received++;
  if (m === 0) setImmediate(() => console.log('first immediate after', received));
  if (m === 1500) setImmediate(() => console.log('second immediate after', received));
  if (m < 3000) port1.postMessage(m + 1);
  else {
    console.log('done', received);
    port2.close();
  }
});
port1.postMessage(0);
