// push() inside _transform may emit several chunks per input; object mode on one side only.
const { Transform } = require('stream');

const splitter = new Transform({
  writableObjectMode: true,
  readableObjectMode: true,
  transform(list, encoding, cb) {
    for (const item of list) this.push(item * 10);
    cb();
  },
});
console.log('objectMode', splitter.readableObjectMode, splitter.writableObjectMode);
const out = [];
splitter.on('data', (d) => out.push(d));
splitter.on('end', () => console.log('end', out));
splitter.write([1, 2]);
splitter.write([]);
splitter.end([3]);

const failing = new Transform({
  objectMode: true,
  transform(chunk, enc, cb) {
    if (chunk === 2) cb(new Error('bad chunk ' + chunk));
    else cb(null, chunk);
  },
});
failing.on('data', (d) => console.log('failing data', d));
failing.on('error', (err) => console.log('failing error', err.message, failing.destroyed));
failing.on('close', () => console.log('failing close'));
failing.write(1);
failing.write(2, (err) => console.log('write 2 cb', err && err.message));
failing.write(3);

const missing = new Transform();
missing.on('error', (err) => console.log('missing', err.code, err.message));
try {
  missing.write('x');
} catch (err) {
  console.log('thrown', err.code, err.message);
}
