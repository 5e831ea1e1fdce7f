// A stage destroyed without an error fails the pipeline with ERR_STREAM_PREMATURE_CLOSE.
const { pipeline, Readable, Writable, PassThrough } = require('stream');

const src = new Readable({ objectMode: true, read() {} });
const pt = new PassThrough({ objectMode: true });
const dst = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
pipeline(src, pt, dst, (err) => {
  console.log('callback', err.name, err.code, err.message);
  console.log('destroyed', src.destroyed, pt.destroyed, dst.destroyed);
});
src.push('x');
setImmediate(() => pt.destroy());
