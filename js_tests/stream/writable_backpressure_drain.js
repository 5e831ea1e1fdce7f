// write() returns false at highWaterMark; 'drain' follows once the buffer is empty.
const { Writable } = require('stream');

const w = new Writable({
  objectMode: true,
  highWaterMark: 2,
  write(chunk, encoding, cb) {
    console.log('_write', chunk, encoding, 'length', this.writableLength);
    setImmediate(cb);
  },
});
w.on('drain', () => console.log('drain, needDrain', w.writableNeedDrain, 'length', w.writableLength));
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
console.log('hwm', w.writableHighWaterMark, 'objectMode', w.writableObjectMode);
for (let i = 1; i <= 3; i++) {
  const ret = w.write(i, () => console.log('cb', i));
  console.log('write', i, 'returned', ret, 'length', w.writableLength, 'needDrain', w.writableNeedDrain);
}
w.once('drain', () => {
  console.log('second batch');
  console.log('write 4 returned', w.write(4));
  w.end(5, () => console.log('end cb'));
  console.log('ended', w.writableEnded, 'finished', w.writableFinished);
});
