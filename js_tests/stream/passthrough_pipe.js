// Readable -> PassThrough -> Writable with pipe(); 'pipe', 'unpipe', 'finish' and 'end' order.
const { Readable, PassThrough, Writable } = require('stream');

const src = new Readable({ objectMode: true, read() {} });
const pt = new PassThrough({ objectMode: true });
const received = [];
const dst = new Writable({
  objectMode: true,
  write(chunk, enc, cb) {
    received.push(chunk);
    cb();
  },
});
pt.on('pipe', (s) => console.log('pt pipe from src', s === src));
pt.on('unpipe', (s) => console.log('pt unpipe from src', s === src));
dst.on('pipe', (s) => console.log('dst pipe from pt', s === pt));
dst.on('unpipe', (s) => console.log('dst unpipe from pt', s === pt));
src.on('end', () => console.log('src end'));
pt.on('end', () => console.log('pt end'));
pt.on('finish', () => console.log('pt finish'));
dst.on('finish', () => console.log('dst finish', received));
dst.on('close', () => console.log('dst close'));
console.log('pipe returns dest', src.pipe(pt) === pt);
pt.pipe(dst);
src.push('a');
src.push('b');
src.push(null);
