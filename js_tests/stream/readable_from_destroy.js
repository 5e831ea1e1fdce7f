// Destroying a Readable.from stream returns its generator (finally blocks run); errors in the
// iterable destroy the stream.
const { Readable } = require('stream');

function* numbers() {
  try {
    for (let i = 1; ; i++) yield i;
  } finally {
    console.log('generator finally');
  }
}

(async () => {
  const r = Readable.from(numbers());
  for await (const n of r) {
    console.log('n', n);
    if (n === 2) break;
  }
  console.log('after break', r.destroyed);

  async function* failing() {
    yield 'ok';
    throw new Error('generator threw');
  }
  const f = Readable.from(failing());
  f.on('data', (d) => console.log('data', d));
  f.on('error', (err) => console.log('error', err.message));
  f.on('close', () => console.log('close', f.destroyed));
})();
