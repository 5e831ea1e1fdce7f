// Between two messages of a burst (the first sent at once, the rest batched) the nextTick queue
// and the microtask queue drain, in that order, including jobs queued by those jobs.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => {
  console.log('message', JSON.stringify(m));
  process.nextTick(() => {
    console.log('  tick', m.n ?? m);
    Promise.resolve().then(() => console.log('  micro from tick', m.n ?? m));
  });
  Promise.resolve().then(() => {
    console.log('  micro', m.n ?? m);
    process.nextTick(() => console.log('  tick from micro', m.n ?? m));
  });
  if (m === 'end') port2.close();
});
port1.postMessage({ n: 1 });
port1.postMessage(2);
port1.postMessage({ n: 3, list: [3] });
port1.postMessage(new Date(4).getTime());
port1.postMessage('end');
process.nextTick(() => console.log('main tick'));
Promise.resolve().then(() => console.log('main micro'));
