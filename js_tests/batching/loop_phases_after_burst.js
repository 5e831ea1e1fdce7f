// A burst posted on one thread is delivered in one go: a setImmediate, a setTimeout(0) and a
// nextTick scheduled by the first message's listener run after the whole burst (the ticks
// between messages), and messages posted by the listener itself come after the burst.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
let count = 0;
port2.on('message', (m) => {
  count++;
  if (m === 0) {
    setImmediate(() => console.log('immediate after', count));
    setTimeout(() => console.log('timeout after', count), 0);
    process.nextTick(() => console.log('tick after', count));
    Promise.resolve().then(() => console.log('microtask after', count));
    port1.postMessage('from listener');
  }
  if (m === 'from listener') console.log('listener message after', count);
  if (count === 2002) setTimeout(() => port2.close(), 10);
});
for (let i = 0; i < 2000; i++) port1.postMessage(i % 10 === 5 ? { i } : i);
port1.postMessage(new Date(0).getTime() === 0 ? 'burst end' : 'x');
console.log('posted');
