// destroy() while writes are buffered: their callbacks get ERR_STREAM_DESTROYED (or the error).
const { Writable, Duplex } = require('stream');

function make(name) {
  const w = new Writable({
    objectMode: true,
    write(chunk, enc, cb) {
      console.log(name, '_write', chunk);
      setImmediate(cb);
    },
  });
  w.on('error', (err) => console.log(name, 'error', err.message));
  w.on('close', () => console.log(name, 'close'));
  for (const x of ['a', 'b', 'c']) w.write(x, (err) => console.log(name, 'cb', x, err ? err.code || err.message : err));
  w.end((err) => console.log(name, 'end cb', err ? err.code || err.message : err));
  return w;
}

make('plain').destroy();
make('with error').destroy(new Error('stop'));
const d = new Duplex({ objectMode: true, read() {}, write(c, e, cb) { setImmediate(cb); } });
d.on('close', () => console.log('duplex close', d.destroyed, d.readableAborted, d.writableAborted));
d.write(1, (err) => console.log('duplex write cb', err && err.code));
d.destroy();
console.log('destroyed flags', d.destroyed, d.writable, d.readable);
