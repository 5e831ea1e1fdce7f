// A SharedArrayBuffer (and a view on one) posted among small messages is shared, not copied:
// writes made after the post are seen by the receiver; an ArrayBuffer not in the transfer list
// is copied.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const sab = new SharedArrayBuffer(8);
const view = new Int32Array(sab);
const plain = new ArrayBuffer(4);
const got = [];
port2.on('message', (m) => {
  got.push(m);
  if (got.length < 6) return;
  console.log(got[0], new Int32Array(got[1])[0], got[2].view[1], got[3], new Uint8Array(got[4])[0], got[5]);
  new Int32Array(got[1])[0] = 7;
  console.log('sender sees', view[0], 'plain copy independent', new Uint8Array(plain)[0]);
  port2.close();
});
port1.postMessage('before');
port1.postMessage(sab);
port1.postMessage({ view });
port1.postMessage('middle');
port1.postMessage(plain);
port1.postMessage('after');
view[0] = 41;
view[1] = 42;
new Uint8Array(plain)[0] = 9;
