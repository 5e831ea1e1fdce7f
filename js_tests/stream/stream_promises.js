// stream/promises: pipeline and finished as promises; require('stream').promises is the same object.
const { Readable, Writable, PassThrough } = require('stream');
const promises = require('stream/promises');
const util = require('util');

console.log('same object', require('stream').promises === promises);
console.log('promisify.custom', util.promisify(require('stream').pipeline) === promises.pipeline,
  util.promisify(require('stream').finished) === promises.finished);

(async () => {
  const out = [];
  const sink = new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } });
  const value = await promises.pipeline(Readable.from([1, 2, 3]), new PassThrough({ objectMode: true }), sink);
  console.log('pipeline resolved', value, out);

  const result = await promises.pipeline(Readable.from(['a', 'b']), async function(source) {
    let s = '';
    for await (const c of source) s += c;
    return s;
  });
  console.log('pipeline value', result);

  try {
    await promises.pipeline(Readable.from([1]), new Writable({
      objectMode: true,
      write(c, e, cb) { cb(new Error('sink broke')); },
    }));
  } catch (err) {
    console.log('pipeline rejected', err.message);
  }

  const r = Readable.from(['x']);
  r.resume();
  await promises.finished(r);
  console.log('finished resolved', r.readableEnded);

  const bad = new Readable({ objectMode: true, read() {} });
  setImmediate(() => bad.destroy(new Error('bad end')));
  await promises.finished(bad).catch((err) => console.log('finished rejected', err.message));
})();
