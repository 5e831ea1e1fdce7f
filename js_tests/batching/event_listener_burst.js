// Burst messages reach addEventListener() listeners and onmessage as MessageEvents (data, an
// empty ports array, target), in order, alongside on() listeners.
const { MessageChannel, MessagePort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const other = new MessageChannel();
let count = 0;
port2.addEventListener('message', (e) => {
  console.log('event', JSON.stringify(e.data), e.constructor.name, e.type, e.ports.length,
    e.ports.every((p) => p instanceof MessagePort), e.target === port2);
});
port2.onmessage = (e) => console.log('onmessage', JSON.stringify(e.data));
port2.on('message', (m) => {
  console.log('on', JSON.stringify(m));
  if (++count === 5) port2.close();
});
port1.postMessage(1);
port1.postMessage({ two: 2 });
port1.postMessage({ port: other.port1 }, [other.port1]);
port1.postMessage([4]);
port1.postMessage('five');
