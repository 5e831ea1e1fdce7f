// An error passed to the _write callback: the write callback, then 'error', then 'close'.
const { Writable } = require('stream');

const w = new Writable({
  objectMode: true,
  write(chunk, enc, cb) {
    if (chunk === 'bad') cb(new Error('cannot write ' + chunk));
    else cb();
  },
});
w.on('error', (err) => console.log('error', err.message, 'errored', w.errored === err, 'writable', w.writable));
w.on('close', () => console.log('close', w.destroyed));
w.on('finish', () => console.log('finish'));
console.log(w.write('ok', (err) => console.log('cb ok', err)));
console.log(w.write('bad', (err) => console.log('cb bad', err && err.message)));
console.log(w.write('after', (err) => console.log('cb after', err && err.code)));
console.log('destroyed?', w.destroyed);
