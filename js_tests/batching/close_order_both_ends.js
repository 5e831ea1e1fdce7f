// close() on one end of a channel whose two ends both listen for 'close': node emits 'close' on
// the end that was closed first, then on its peer (after the messages posted before the close).
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => console.log('port2 got', m));
port2.on('close', () => console.log('port2 close'));
port1.on('close', () => console.log('port1 close'));
port1.postMessage('a');
port1.postMessage('b');
port1.close();
