// Async generator functions as pipeline stages: source, transform and final consumer.
const { pipeline, Writable } = require('stream');

async function* source() {
  yield 'one';
  yield 'two';
  yield 'three';
}

async function* lengths(iterable, { signal }) {
  console.log('transform got a signal', typeof signal);
  for await (const word of iterable) yield `${word}:${word.length}`;
}

const out = [];
const sink = new Writable({
  objectMode: true,
  write(chunk, enc, cb) {
    out.push(chunk);
    cb();
  },
});
pipeline(source, lengths, sink, (err) => {
  console.log('first pipeline', err, out);

  pipeline(['x', 'yy'], async function* (src) {
    for await (const s of src) yield s.repeat(2);
  }, async function(src) {
    const all = [];
    for await (const s of src) all.push(s);
    return all.join(',');
  }, (err, value) => {
    console.log('second pipeline', err, value);
  });
});
