// A Transform holds the write callback while its readable side is full, until it is read.
const { Transform } = require('stream');

const t = new Transform({
  objectMode: true,
  highWaterMark: 1,
  transform(chunk, enc, cb) {
    console.log('_transform', chunk);
    cb(null, chunk);
  },
});
for (let i = 1; i <= 4; i++) {
  console.log('write', i, t.write(i, () => console.log('write cb', i)), 'w', t.writableLength, 'r', t.readableLength);
}
setImmediate(() => {
  console.log('before reading: w', t.writableLength, 'r', t.readableLength);
  t.on('data', (d) => console.log('data', d));
  t.end();
  t.on('end', () => console.log('end'));
});
