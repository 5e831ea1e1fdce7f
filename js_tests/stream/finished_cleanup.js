// finished(): callback on end/finish/error/premature close; the returned cleanup removes listeners.
const { finished, Readable, Writable } = require('stream');

const r = new Readable({ objectMode: true, read() {} });
const before = r.listenerCount('end');
const cleanup = finished(r, (err) => console.log('never called', err));
console.log('listeners added', r.listenerCount('end') - before, r.listenerCount('close'), r.listenerCount('error'));
cleanup();
console.log('after cleanup', r.listenerCount('end'), r.listenerCount('close'), r.listenerCount('error'));
r.resume();
r.push(null);

const ok = new Readable({ objectMode: true, read() {} });
finished(ok, function(err) {
  console.log('ok finished', err, this === ok, ok.readableEnded);
});
ok.resume();
ok.push(1);
ok.push(null);

const premature = new Readable({ objectMode: true, read() {} });
finished(premature, (err) => console.log('premature', err.code, err.message));
premature.destroy();

const failing = new Writable({ objectMode: true, write(c, e, cb) { cb(new Error('write broke')); } });
finished(failing, (err) => console.log('failing', err.message));
failing.on('error', () => {});
failing.write('x');

const w = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
finished(w, { readable: false }, (err) => console.log('writable finished', err, w.writableFinished));
w.end('done');
