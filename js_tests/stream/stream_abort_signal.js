// signal option and addAbortSignal(): aborting destroys the stream with an AbortError.
const { Readable, Writable, addAbortSignal, finished } = require('stream');

const ac = new AbortController();
const r = new Readable({ objectMode: true, read() {}, signal: ac.signal });
r.on('error', (err) => console.log('readable error', err.name, err.code, err.message, err.cause === ac.signal.reason));
r.on('close', () => console.log('readable close', r.destroyed));
ac.abort();
console.log('destroyed synchronously', r.destroyed);

const ac2 = new AbortController();
const w = addAbortSignal(ac2.signal, new Writable({ write(c, e, cb) { cb(); } }));
w.on('error', (err) => console.log('writable error', err.name, err.cause.name));
w.on('close', () => console.log('writable close'));
setImmediate(() => ac2.abort());

const pre = AbortSignal.abort();
const r2 = new Readable({ read() {}, signal: pre });
r2.on('error', (err) => console.log('pre-aborted', err.name, r2.destroyed));

const ac3 = new AbortController();
const done = Readable.from(['x']);
finished(done, { signal: ac3.signal }, (err) => console.log('finished with signal', err && err.name));
ac3.abort();

for (const args of [[{}, new Readable()], [ac.signal, {}]]) {
  try {
    addAbortSignal(...args);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
