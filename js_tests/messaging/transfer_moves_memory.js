// ArrayBuffers in a transfer list leave the sender (detached, byteLength 0, their views empty)
// and arrive with their bytes, views over them included: large ones (whose memory moves between
// threads) and small ones alike, to a worker and back many times, through receiveMessageOnPort,
// and when the buffer is listed but not in the message.
const { Worker, MessageChannel, receiveMessageOnPort } = require('worker_threads');

function filled(size, seed) {
  const buffer = new ArrayBuffer(size);
  const bytes = new Uint8Array(buffer);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed) & 0xff;
  return buffer;
}

function checksum(buffer) {
  let sum = 0;
  for (const byte of new Uint8Array(buffer)) sum = (sum * 33 + byte) % 1000003;
  return sum;
}

const { port1, port2 } = new MessageChannel();
const big = filled(65536, 1);
const bytes = new Uint8Array(big, 16, 32);
const floats = new Float64Array(big, 1024, 8);
floats[3] = 1.5;
const view = new DataView(big, 4, 8);
const small = filled(16, 2);
const unlisted = filled(4096, 3);
const expected = checksum(big);
port1.postMessage({ big, bytes, floats, view, small, same: big }, [big, small, unlisted]);
console.log('sender:', big.byteLength, big.detached, bytes.length, floats.length, small.byteLength, unlisted.byteLength);
const { message } = receiveMessageOnPort(port2);
console.log('received:', message.big.byteLength, checksum(message.big) === expected, message.same === message.big,
  message.bytes.buffer === message.big, message.bytes.byteOffset, message.bytes.length, message.bytes[0],
  message.floats[3], message.floats.buffer === message.big, message.view.byteOffset, message.view.byteLength,
  message.view.buffer === message.big, message.small.byteLength, new Uint8Array(message.small)[15]);
port1.close();

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', ({ buffer, round }) => {
    new Uint8Array(buffer)[round % buffer.byteLength] ^= 0xff;
    parentPort.postMessage({ buffer, round }, [buffer]);
  });
`, { eval: true });
let buffer = filled(262144, 4);
const sizes = new Set();
let rounds = 0;
worker.on('message', (m) => {
  sizes.add(m.buffer.byteLength);
  new Uint8Array(m.buffer)[m.round % m.buffer.byteLength] ^= 0xff;   // undo the worker's change
  buffer = m.buffer;
  if (++rounds === 200) {
    console.log('after 200 round trips:', [...sizes], checksum(buffer) === checksum(filled(262144, 4)));
    worker.terminate();
    return;
  }
  const sent = buffer;
  worker.postMessage({ buffer, round: rounds }, [buffer]);
  if (sent.byteLength !== 0) console.log('not detached');
});
worker.postMessage({ buffer, round: 0 }, [buffer]);
