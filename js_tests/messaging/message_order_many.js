// 10,000 messages arrive in order, none lost
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
let expected = 0;
let bad = 0;
port2.on('message', (n) => {
  if (n !== expected) bad++;
  expected++;
  if (expected === 10000) {
    console.log('received', expected, 'out of order', bad);
    port2.close();
  }
});
for (let i = 0; i < 10000; i++) port1.postMessage(i);
