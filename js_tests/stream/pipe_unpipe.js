// unpipe() stops the flow, pauses the source and emits 'unpipe' on the destination.
const { Readable, Writable } = require('stream');

const src = new Readable({ objectMode: true, read() {} });
const got = [];
const dst = new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } });
dst.on('unpipe', (s) => console.log('unpipe', s === src));
src.pipe(dst);
src.push(1);
setImmediate(() => {
  console.log('got', got, 'flowing', src.readableFlowing);
  src.unpipe(dst);
  console.log('after unpipe flowing', src.readableFlowing, 'paused', src.isPaused());
  src.push(2);
  setImmediate(() => {
    console.log('got', got, 'buffered', src.readableLength);
    console.log('unpipe of a non-destination returns', src.unpipe(dst) === src);
  });
});
