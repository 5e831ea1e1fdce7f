// A listener that closes its port in the middle of a burst: what node delivers after the close
// (the rest of the burst already queued), then 'close'.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => {
  console.log('got', JSON.stringify(m));
  if (m === 3) {
    port2.close();
    console.log('closed');
  }
});
port2.on('close', () => console.log('port2 close'));
for (let i = 1; i <= 6; i++) port1.postMessage(i);
setImmediate(() => port1.postMessage('posted after the close'));
