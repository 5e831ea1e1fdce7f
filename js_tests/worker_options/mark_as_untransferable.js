// markAsUntransferable: such a buffer in a transfer list is a DataCloneError (node 24) and stays
// intact; outside the transfer list it is cloned
const { MessageChannel, markAsUntransferable, receiveMessageOnPort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const kept = new Uint8Array([1, 2, 3]).buffer;
markAsUntransferable(kept);
const moved = new Uint8Array([4, 5]).buffer;
try {
  port1.postMessage({ kept, moved }, [kept, moved]);
} catch (e) {
  console.log(e.name, e.code, e.message, kept.byteLength, moved.byteLength);
}
port1.postMessage({ kept, moved }, [moved]);
console.log('sender', kept.byteLength, moved.byteLength);
const { message } = receiveMessageOnPort(port2);
console.log('receiver', new Uint8Array(message.kept), new Uint8Array(message.moved));
port1.close();
