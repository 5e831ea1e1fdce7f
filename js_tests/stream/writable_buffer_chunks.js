// Byte mode writes: strings decoded to Buffers with their encoding, typed arrays viewed as Buffers.
const { Writable } = require('stream');

const w = new Writable({
  highWaterMark: 8,
  write(chunk, encoding, cb) {
    console.log('_write', Buffer.isBuffer(chunk), chunk, encoding, 'length', this.writableLength);
    cb();
  },
});
console.log(w.write('héllo'));
console.log(w.write('68656c6c6f', 'hex'));
console.log(w.write(new Uint16Array([1, 2])));
console.log(w.write(Buffer.alloc(9)));
w.end('end', 'latin1');

const slow = new Writable({
  highWaterMark: 4,
  write(chunk, encoding, cb) {
    setImmediate(cb);
  },
});
console.log('slow', slow.write('ab'), slow.writableLength, slow.write('cd'), slow.writableLength, slow.writableNeedDrain);
slow.on('drain', () => console.log('slow drain', slow.writableLength));
