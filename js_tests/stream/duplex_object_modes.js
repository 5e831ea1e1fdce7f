// Duplex with different object modes and highWaterMarks per side; instanceof Writable.
const { Duplex, Writable, Readable, Stream } = require('stream');

const d = new Duplex({
  readableObjectMode: true,
  writableHighWaterMark: 5,
  readableHighWaterMark: 2,
  decodeStrings: false,
  read() {},
  write(chunk, enc, cb) {
    this.push({ got: chunk, enc });
    cb();
  },
});
console.log('readableObjectMode', d.readableObjectMode, 'writableObjectMode', d.writableObjectMode);
console.log('hwm', d.readableHighWaterMark, d.writableHighWaterMark);
console.log('instanceof', d instanceof Duplex, d instanceof Readable, d instanceof Writable, d instanceof Stream);
console.log('plain object instanceof Writable', {} instanceof Writable);
d.on('data', (x) => console.log('data', x));
console.log('write returns', d.write('abc'), d.write('defgh'), d.writableLength);
const both = new Duplex({ objectMode: true, highWaterMark: 7 });
console.log('objectMode both', both.readableObjectMode, both.writableObjectMode, both.readableHighWaterMark, both.writableHighWaterMark);
const noHalf = new Duplex({ readable: false, writable: false });
console.log('readable:false writable:false', noHalf.readable, noHalf.writable, noHalf.readableEnded, noHalf.writableFinished);
