// An error thrown by a generator stage destroys the source and reaches the callback.
const { pipeline, Readable, Writable } = require('stream');

const src = new Readable({
  objectMode: true,
  read() {},
});
src.push(1);
src.push(2);
src.push(3);
src.on('close', () => console.log('src close', src.destroyed));
const dst = new Writable({ objectMode: true, write(c, e, cb) { console.log('dst', c); cb(); } });
dst.on('close', () => console.log('dst close'));
pipeline(src, async function* (chunks) {
  for await (const c of chunks) {
    if (c === 2) throw new Error('generator failed at ' + c);
    yield c;
  }
}, dst, (err) => {
  console.log('callback', err.message);
});
