// A 'message' listener that calls receiveMessageOnPort on its own port in the middle of a burst
// takes the next message of that burst (which the listener then does not see).
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => {
  console.log('listener', JSON.stringify(m));
  if (m === 2) console.log('taken in listener', JSON.stringify(receiveMessageOnPort(port2)));
  if (m === 6) port2.close();
});
for (let i = 1; i <= 6; i++) port1.postMessage(i);
