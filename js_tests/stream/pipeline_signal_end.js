// stream/promises pipeline options: signal aborts every stage; end: false leaves the last open.
const { Readable, Writable, PassThrough } = require('stream');
const { pipeline } = require('stream/promises');

(async () => {
  const ac = new AbortController();
  const src = new Readable({ objectMode: true, read() {} });
  const sink = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
  src.on('close', () => console.log('src close', src.destroyed));
  sink.on('close', () => console.log('sink close'));
  setImmediate(() => ac.abort());
  try {
    await pipeline(src, sink, { signal: ac.signal });
  } catch (err) {
    console.log('aborted pipeline', err.name, err.code, err.message);
  }

  const out = new PassThrough({ objectMode: true });
  await pipeline(Readable.from(['a', 'b']), out, { end: false });
  console.log('end:false keeps destination writable', out.writable, out.writableEnded, out.readableLength);
  out.end('c');
  console.log('collected', await out.toArray());
})();
