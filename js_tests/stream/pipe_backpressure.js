// pipe() pauses the source when the destination's write() returns false and resumes on 'drain'.
const { Readable, Writable } = require('stream');

let i = 0;
const src = new Readable({
  objectMode: true,
  highWaterMark: 2,
  read() {
    i++;
    console.log('_read', i);
    this.push(i <= 5 ? i : null);
  },
});
const dst = new Writable({
  objectMode: true,
  highWaterMark: 2,
  write(chunk, enc, cb) {
    console.log('_write', chunk, 'needDrain', this.writableNeedDrain);
    setImmediate(cb);
  },
});
src.on('pause', () => console.log('src pause'));
src.on('resume', () => console.log('src resume'));
dst.on('drain', () => console.log('dst drain'));
dst.on('finish', () => console.log('dst finish'));
src.pipe(dst);
