// postMessage(buffer, [buffer]): the transferred ArrayBuffer is the message itself. It arrives as
// an ArrayBuffer with its bytes and leaves the sender detached, in order with the other messages
// of the port; to a worker and back, through receiveMessageOnPort, to a closed port, with the
// buffer listed in an options object or an iterable, and what the checks still refuse: a detached
// buffer, an untransferable one, a resizable one (copied as node copies it), a small one.
const { Worker, MessageChannel, receiveMessageOnPort, markAsUntransferable } = require('worker_threads');

function filled(size, seed) {
  const buffer = new ArrayBuffer(size);
  const bytes = new Uint8Array(buffer);
  for (let i = 0; i < size; i++) bytes[i] = (i * 7 + seed) & 0xff;
  return buffer;
}

function checksum(buffer) {
  let sum = 0;
  for (const byte of new Uint8Array(buffer)) sum = (sum * 33 + byte) % 1000003;
  return sum;
}

const show = (m) => m instanceof ArrayBuffer ? `ArrayBuffer(${m.byteLength}) ${checksum(m)}` : JSON.stringify(m);

const { port1, port2 } = new MessageChannel();
const first = filled(4096, 1);
const view = new Uint8Array(first);
port1.postMessage('before');
port1.postMessage(first, [first]);
port1.postMessage({ after: true });
const second = filled(8192, 2);
port1.postMessage(second, { transfer: [second] });
const third = filled(2048, 3);
port1.postMessage(third, new Set([third]));
const small = filled(100, 4);
port1.postMessage(small, [small]);
const resizable = new ArrayBuffer(2048, { maxByteLength: 4096 });
new Uint8Array(resizable)[5] = 5;
port1.postMessage(resizable, [resizable]);
console.log('sender:', first.byteLength, first.detached, view.length, second.detached, third.detached, small.detached,
  resizable.detached);
for (let m; (m = receiveMessageOnPort(port2)) !== undefined;) console.log('received:', show(m.message));

for (const [label, make] of [
  ['detached', () => { const b = filled(4096, 5); b.transfer(); return b; }],
  ['untransferable', () => { const b = filled(4096, 6); markAsUntransferable(b); return b; }],
]) {
  const buffer = make();
  try {
    port1.postMessage(buffer, [buffer]);
    console.log(label, 'posted', buffer.byteLength);
  } catch (error) {
    console.log(label, 'threw', error.name, error.message, buffer.byteLength);
  }
}
for (let m; (m = receiveMessageOnPort(port2)) !== undefined;) console.log('received:', show(m.message));

port2.close();
const lost = filled(4096, 7);
port1.postMessage(lost, [lost]);
console.log('to a closed port: detached', lost.detached);

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (buffer) => {
    const bytes = new Uint8Array(buffer);
    bytes[0] = (bytes[0] + 1) & 0xff;
    parentPort.postMessage(buffer, [buffer]);
  });
`, { eval: true });
let buffer = filled(65536, 8);
const expected = checksum(filled(65536, 8));
let rounds = 0;
worker.on('message', (back) => {
  if (!(back instanceof ArrayBuffer) || back.byteLength !== 65536) console.log('bad message', back);
  const bytes = new Uint8Array(back);
  bytes[0] = (bytes[0] - 1) & 0xff;
  if (++rounds === 100) {
    console.log('after 100 round trips:', checksum(back) === expected);
    worker.terminate();
    return;
  }
  buffer = back;
  worker.postMessage(buffer, [buffer]);
  if (!buffer.detached) console.log('not detached');
});
worker.postMessage(buffer, [buffer]);
