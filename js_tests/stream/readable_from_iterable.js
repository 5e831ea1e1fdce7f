// Readable.from with arrays, generators, strings and promises of values.
const { Readable } = require('stream');

async function collect(label, stream) {
  const out = [];
  for await (const chunk of stream) out.push(chunk);
  console.log(label, JSON.stringify(out), stream.readableObjectMode, stream.readableHighWaterMark);
}

function* gen() {
  yield 'x';
  yield 'y';
}

async function* agen() {
  yield 1;
  await null;
  yield 2;
}

(async () => {
  await collect('array', Readable.from([1, 2, 3]));
  await collect('generator', Readable.from(gen()));
  await collect('async generator', Readable.from(agen()));
  await collect('string', Readable.from('whole string'));
  await collect('promises', Readable.from([Promise.resolve('p1'), 'v2']));
  await collect('set', Readable.from(new Set(['s1', 's2'])));
  await collect('hwm option', Readable.from([1], { highWaterMark: 5 }));
  try {
    Readable.from(42);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
  const withNull = Readable.from([1, null, 2]);
  withNull.on('data', (d) => console.log('data', d));
  withNull.on('error', (err) => console.log('error', err.name, err.code, err.message));
  withNull.on('close', () => console.log('close'));
})();
