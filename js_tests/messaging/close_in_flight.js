// closing right after posting loses nothing node would deliver: a port's peer and a
// BroadcastChannel's other members still get every message sent before the close
const { MessageChannel, BroadcastChannel, Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  const got = [];
  port2.on('message', (m) => got.push(m));
  port2.on('close', () => console.log('port2 got', got.length, 'messages, last', got[got.length - 1]));
  for (let i = 1; i <= 1000; i++) port1.postMessage(i);
  port1.close();

  const listener = new BroadcastChannel('in-flight');
  const received = [];
  listener.onmessage = ({ data }) => {
    received.push(data);
    if (data === 'last') {
      console.log('broadcast got', received.length, 'messages');
      listener.close();
    }
  };
  new Worker(__filename);
} else {
  const sender = new BroadcastChannel('in-flight');
  for (let i = 0; i < 99; i++) sender.postMessage(i);
  sender.postMessage('last');
  sender.close();
}
