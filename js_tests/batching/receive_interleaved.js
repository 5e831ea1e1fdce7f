// receiveMessageOnPort interleaved with new posts in the same turn: always the oldest message.
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const read = () => JSON.stringify(receiveMessageOnPort(port2)?.message);
port1.postMessage('a');
port1.postMessage('b');
console.log(read());
port1.postMessage('c');
port1.postMessage(new Date(0).toISOString());
console.log(read());
port1.postMessage({ d: 1 });
console.log(read(), read());
port1.postMessage('e');
console.log(read(), read(), read());
port1.postMessage('f');
port1.postMessage('g');
port1.postMessage('h');
console.log(read());
port2.on('message', (m) => {
  console.log('listener', JSON.stringify(m));
  // closed 20 ms after the last one (time for a stray one to show), however long they took to come
  if (m === 'i') setTimeout(() => port2.close(), 20);
});
port1.postMessage('i');
