// an unhandled rejection in a worker is its 'error' event, then exit 1; a thrown non-error value
// arrives as itself; the parent carries on
const { Worker } = require('worker_threads');
const w = new Worker('Promise.reject(new TypeError("nope"))', { eval: true });
w.on('error', (e) => console.log('error', e.name, e.message));
w.on('exit', (code) => {
  console.log('exit', code);
  const w2 = new Worker('throw 42', { eval: true });
  w2.on('error', (e) => console.log('thrown value', e, typeof e));
  w2.on('exit', (code2) => console.log('exit2', code2));
});
