// An error in the middle of a pipeline destroys every stream and reaches the callback once.
const { pipeline, Readable, Transform, Writable } = require('stream');

const src = new Readable({ objectMode: true, read() {} });
const failing = new Transform({
  objectMode: true,
  transform(chunk, enc, cb) {
    if (chunk === 2) cb(new Error('transform failed'));
    else cb(null, chunk);
  },
});
const dst = new Writable({
  objectMode: true,
  write(chunk, enc, cb) {
    console.log('dst got', chunk);
    cb();
  },
});
for (const [name, s] of [['src', src], ['failing', failing], ['dst', dst]]) {
  s.on('close', () => console.log(name, 'close', 'errored', s.errored ? s.errored.message : s.errored));
}
pipeline(src, failing, dst, (err) => {
  console.log('callback', err.message);
  console.log('destroyed', src.destroyed, failing.destroyed, dst.destroyed);
});
src.push(1);
src.push(2);
src.push(3);
