// final runs before 'finish' (after all writes); an error from it becomes 'error'.
const { Writable } = require('stream');

const w = new Writable({
  objectMode: true,
  write(chunk, enc, cb) {
    console.log('_write', chunk);
    setImmediate(cb);
  },
  final(cb) {
    console.log('_final, length', this.writableLength);
    process.nextTick(cb);
  },
});
w.on('prefinish', () => console.log('prefinish'));
w.on('finish', () => console.log('finish', w.writableFinished));
w.on('close', () => console.log('close', w.destroyed, w.closed));
w.write(1);
w.end(2);

const bad = new Writable({
  objectMode: true,
  write(chunk, enc, cb) { cb(); },
  final(cb) {
    cb(new Error('final failed'));
  },
});
bad.on('error', (err) => console.log('bad error', err.message, bad.errored === err));
bad.on('finish', () => console.log('bad finish'));
bad.on('close', () => console.log('bad close'));
bad.end('x', (err) => console.log('bad end cb', err && err.message));
