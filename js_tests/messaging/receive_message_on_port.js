// receiveMessageOnPort takes the next message synchronously, without starting the port
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
console.log(receiveMessageOnPort(port2));
port1.postMessage({ a: 1 });
port1.postMessage([2]);
port1.postMessage(undefined);
port1.postMessage(null);
console.log(receiveMessageOnPort(port2));
console.log(receiveMessageOnPort(port2));
console.log(receiveMessageOnPort(port2));
console.log(receiveMessageOnPort(port2));
console.log(receiveMessageOnPort(port2));
for (const bad of [{}, null, 1]) {
  try { receiveMessageOnPort(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
