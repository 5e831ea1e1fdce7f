// Synchronous _write callbacks run on a later tick, batched; 'finish' waits for them.
const { Writable } = require('stream');

const w = new Writable({
  decodeStrings: false,
  write(chunk, encoding, cb) {
    console.log('_write', JSON.stringify(chunk), encoding);
    cb();
  },
});
w.on('finish', () => console.log('finish'));
w.on('prefinish', () => console.log('prefinish'));
w.on('close', () => console.log('close'));
w.write('a', () => console.log('cb a'));
w.write('b', 'latin1', () => console.log('cb b'));
console.log('after writes, length', w.writableLength);
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro'));
w.end('c', () => console.log('end cb'));
console.log('after end', w.writableEnded, w.writableFinished);
