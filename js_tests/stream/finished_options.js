// finished() options: error: false ignores 'error'; readable/writable select the side; argument checks.
const { finished, Duplex, Readable } = require('stream');

const d = new Duplex({
  objectMode: true,
  read() {},
  write(c, e, cb) { cb(); },
});
finished(d, { writable: false }, (err) => console.log('readable side done', err, d.readableEnded, d.writableFinished));
d.push(null);
d.resume();
setImmediate(() => {
  console.log('writable still open', d.writable);
  d.end();
});

const r = new Readable({ objectMode: true, read() {} });
finished(r, { error: false }, (err) => console.log('error:false callback', err && err.code));
r.on('error', (err) => console.log('error event', err.message));
r.destroy(new Error('ignored by finished'));

const done = new Readable({ objectMode: true, read() {} });
done.push(null);
done.resume();
done.on('close', () => {
  finished(done, (err) => console.log('finished after close', err));
});

for (const args of [[null, () => {}], [r, 'nope'], [r, 5, () => {}], [r, { signal: 1 }, () => {}]]) {
  try {
    finished(...args);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
