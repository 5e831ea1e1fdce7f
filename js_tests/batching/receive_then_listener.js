// Two messages of a burst taken with receiveMessageOnPort, then a 'message' listener: the rest
// arrive through the listener in order, and messages posted later come after them.
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
for (let i = 0; i < 6; i++) port1.postMessage(i % 2 ? { i } : i);
console.log('received', JSON.stringify(receiveMessageOnPort(port2)));
console.log('received', JSON.stringify(receiveMessageOnPort(port2)));
port2.on('message', (m) => {
  console.log('listener', JSON.stringify(m));
  if (m === 'newer 2') port2.close();
});
port1.postMessage('newer 1');
port1.postMessage('newer 2');
setImmediate(() => console.log('immediate'));
