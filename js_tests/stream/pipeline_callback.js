// pipeline(readable, transform, writable, cb): data flows through, cb(undefined) after finish.
const { pipeline, Readable, Transform, Writable } = require('stream');

const src = Readable.from(['a', 'b', 'c']);
const upper = new Transform({
  objectMode: true,
  transform(chunk, enc, cb) {
    cb(null, chunk.toUpperCase());
  },
});
const out = [];
const dst = new Writable({
  objectMode: true,
  write(chunk, enc, cb) {
    out.push(chunk);
    cb();
  },
});
for (const [name, s] of [['src', src], ['upper', upper], ['dst', dst]]) {
  s.on('close', () => console.log(name, 'close'));
}
dst.on('finish', () => console.log('dst finish'));
const ret = pipeline(src, upper, dst, (err, val) => {
  console.log('callback', err, val, out);
  console.log('destroyed', src.destroyed, upper.destroyed, dst.destroyed);
});
console.log('returns last stream', ret === dst);
