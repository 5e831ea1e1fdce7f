// isReadable / isWritable / isErrored / isDisturbed / isDestroyed and the default highWaterMarks.
const stream = require('stream');
const { Readable, Writable, isReadable, isWritable, isErrored, isDisturbed, isDestroyed } = stream;

const r = new Readable({ objectMode: true, read() {} });
console.log('fresh', isReadable(r), isDisturbed(r), isErrored(r), isDestroyed(r));
r.push(1);
r.read();
console.log('after read', isDisturbed(r), r.readableDidRead);
r.destroy(new Error('x'));
r.on('error', () => {
  console.log('errored', isErrored(r), isReadable(r), isDestroyed(r));
});
const w = new Writable({ write(c, e, cb) { cb(); } });
console.log('writable', isWritable(w), isReadable(w));
w.end();
console.log('after end', isWritable(w));
console.log('non streams', isReadable({}), isWritable(null), isErrored({}), isDisturbed({}), isDestroyed({}));

console.log('defaults', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
console.log('new Readable hwm', new Readable().readableHighWaterMark, new Writable({ objectMode: true }).writableHighWaterMark);
stream.setDefaultHighWaterMark(false, 1024);
stream.setDefaultHighWaterMark(true, 4);
console.log('changed', stream.getDefaultHighWaterMark(false), new Readable().readableHighWaterMark,
  new Readable({ objectMode: true }).readableHighWaterMark);
for (const value of [-1, 1.5, '8']) {
  try {
    stream.setDefaultHighWaterMark(false, value);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
for (const options of [{ highWaterMark: -1 }, { highWaterMark: 1.5 }, { highWaterMark: 'x' }]) {
  try {
    new Readable(options);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try {
  new stream.Duplex({ readableHighWaterMark: NaN });
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log('hwm 3.9 floors?', new Readable({ highWaterMark: 3 }).readableHighWaterMark);
