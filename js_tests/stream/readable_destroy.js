// destroy(err): _destroy runs once, then 'error' and 'close' on the next tick; state getters.
const { Readable } = require('stream');

const r = new Readable({
  objectMode: true,
  read() {},
  destroy(err, cb) {
    console.log('_destroy', err && err.message, 'destroyed', this.destroyed);
    process.nextTick(cb, err);
  },
});
r.on('error', (err) => console.log('error', err.message, 'errored', r.errored === err, 'closed', r.closed));
r.on('close', () => console.log('close', 'closed', r.closed, 'readable', r.readable));
r.push(1);
console.log('destroy returns this', r.destroy(new Error('boom')) === r);
console.log('after destroy', r.destroyed, r.readable, r.readableAborted, r.closed);
r.destroy(new Error('second'));
console.log('push after destroy', r.push(2));

const quiet = new Readable({ emitClose: false, read() {} });
quiet.on('close', () => console.log('quiet close (should not happen)'));
quiet.destroy(null, (err) => console.log('destroy callback', err));
setImmediate(() => console.log('quiet closed', quiet.closed, 'destroyed', quiet.destroyed));

const manual = new Readable({ autoDestroy: false, objectMode: true, read() {} });
manual.on('end', () => {
  console.log('end without autoDestroy', manual.destroyed);
  setImmediate(() => console.log('still not destroyed', manual.destroyed));
});
manual.on('close', () => console.log('manual close (should not happen)'));
manual.resume();
manual.push(null);

const thrower = new Readable({
  read() {},
  destroy() {
    throw new Error('from _destroy');
  },
});
thrower.on('error', (err) => console.log('thrower error', err.message));
thrower.on('close', () => console.log('thrower close'));
thrower.destroy();
