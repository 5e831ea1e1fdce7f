// Breaking out of for await destroys the stream with an AbortError; 'error' and 'close' follow.
const { Readable } = require('stream');

async function main() {
  let reads = 0;
  const r = new Readable({
    objectMode: true,
    read() {
      reads++;
      this.push(reads);
    },
    destroy(err, cb) {
      console.log('_destroy with', err && err.name);
      cb(err);
    },
  });
  r.on('close', () => console.log('close'));
  r.on('error', (e) => console.log('error', e.name, e.code, e.message));
  r.on('end', () => console.log('end'));
  for await (const x of r) {
    console.log('got', x);
    if (x === 3) break;
  }
  console.log('after loop destroyed', r.destroyed, 'reads', reads);
  process.nextTick(() => console.log('tick'));
  await null;
  console.log('micro');
  await new Promise((resolve) => setImmediate(resolve));
  console.log('immediate');
}
main();
