// a transferred ArrayBuffer is detached in the sender; a failed post leaves it usable
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const ab = new Uint8Array([1, 2, 3, 4]).buffer;
const view = new Uint8Array(ab);
port1.postMessage({ view }, [ab]);
console.log('sender', ab.byteLength, view.length);
const { message } = receiveMessageOnPort(port2);
console.log('receiver', message.view, message.view.buffer.byteLength);
const keep = new ArrayBuffer(8);
try { port1.postMessage({ keep, f() {} }, [keep]); } catch (e) { console.log(e.name); }
console.log('after failed post', keep.byteLength);
port1.close();
