// _read is called with highWaterMark, as often as the buffer is below it; push returns false at it.
const { Readable } = require('stream');

let n = 0;
const r = new Readable({
  objectMode: true,
  highWaterMark: 3,
  read(size) {
    n++;
    console.log('_read', size, 'call', n, 'length', this.readableLength);
    if (n > 6) {
      this.push(null);
      return;
    }
    const ret = this.push(n);
    console.log('push', n, 'returned', ret);
  },
});
console.log('hwm', r.readableHighWaterMark, 'objectMode', r.readableObjectMode);
setImmediate(() => {
  console.log('buffered before reading', r.readableLength);
  r.on('data', (d) => console.log('data', d));
  r.on('end', () => console.log('end'));
});
