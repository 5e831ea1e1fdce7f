// A listener that removes itself (port.off) in the middle of a burst: the rest wait on the port;
// when a listener is added again later they arrive, in order, before anything posted after.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
function first(m) {
  console.log('first got', JSON.stringify(m));
  if (m.n === 2) {
    port2.off('message', first);
    console.log('removed');
    setTimeout(() => {
      port1.postMessage('posted before re-adding');
      console.log('re-adding');
      port2.on('message', second);
      port1.postMessage('posted after re-adding');
    }, 30);
  }
}
function second(m) {
  console.log('second got', JSON.stringify(m));
  if (m === 'posted after re-adding') port2.close();
}
port2.on('message', first);
for (let n = 1; n <= 5; n++) port1.postMessage({ n });
setImmediate(() => console.log('immediate'));
