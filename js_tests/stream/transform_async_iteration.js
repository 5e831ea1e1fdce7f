// Iterating a Transform with for await while writing into it; writev in object mode.
const { Transform, Writable } = require('stream');

(async () => {
  const t = new Transform({
    objectMode: true,
    transform(chunk, enc, cb) {
      cb(null, chunk * chunk);
    },
  });
  t.write(2);
  t.write(3);
  t.end(4);
  const squares = [];
  for await (const s of t) squares.push(s);
  console.log('squares', squares, t.destroyed);

  const batches = [];
  const w = new Writable({
    objectMode: true,
    writev(chunks, cb) {
      batches.push(chunks.map((c) => c.chunk));
      setImmediate(cb);
    },
  });
  w.write('a');
  w.write('b');
  w.write('c');
  w.end('d');
  w.on('finish', () => console.log('batches', JSON.stringify(batches)));
})();
