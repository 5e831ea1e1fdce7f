// An error on the stream rejects the for await loop; an ended stream completes it.
const { Readable } = require('stream');

async function main() {
  const r = new Readable({ objectMode: true, read() {} });
  r.push('a');
  setTimeout(() => r.destroy(new Error('boom')), 1);
  try {
    for await (const x of r) console.log('got', x);
  } catch (err) {
    console.log('caught', err.message, r.destroyed, r.errored && r.errored.message);
  }

  const ok = new Readable({ objectMode: true, read() {} });
  ok.push('one');
  ok.push('two');
  ok.push(null);
  const seen = [];
  for await (const x of ok) seen.push(x);
  console.log('ended', seen, ok.readableEnded, ok.destroyed);

  const it = new Readable({ objectMode: true, read() {} });
  it.push(1);
  it.push(2);
  it.push(null);
  const iter = it.iterator({ destroyOnReturn: false });
  for await (const x of iter) {
    console.log('iterator got', x);
    break;
  }
  console.log('destroyOnReturn false keeps the stream', it.destroyed, it.read());
}
main();
