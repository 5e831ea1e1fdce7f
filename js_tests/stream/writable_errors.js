// Write errors: after end, null values, bad chunk types, missing _write, write after destroy.
const { Writable } = require('stream');

function show(label, err) {
  console.log(label, err.name, err.code, err.message);
}

const w = new Writable({ write(chunk, enc, cb) { cb(); }, decodeStrings: false });
try {
  w.write(null);
} catch (err) {
  show('null', err);
}
try {
  w.write(42);
} catch (err) {
  show('number', err);
}
try {
  w.write({});
} catch (err) {
  show('object', err);
}
try {
  w.write('x', 'nope');
} catch (err) {
  show('encoding', err);
}

const ended = new Writable({ write(chunk, enc, cb) { cb(); }, objectMode: true });
ended.on('error', (err) => show('error event', err));
ended.on('close', () => console.log('close after write-after-end'));
ended.end();
console.log('write returned', ended.write('late', (err) => show('write cb', err)));

// A missing _write throws from write() itself.
const noImpl = new Writable({ objectMode: true });
noImpl.on('error', (err) => show('no _write error event', err));
try {
  noImpl.write('a');
} catch (err) {
  show('no _write', err);
}

const destroyed = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
destroyed.destroy();
destroyed.on('error', (err) => show('destroyed error', err));
destroyed.write('a', (err) => show('destroyed cb', err));
destroyed.end((err) => show('end after destroy', err));
setImmediate(() => console.log('after destroy: ended', destroyed.writableEnded, 'errored', destroyed.errored));
