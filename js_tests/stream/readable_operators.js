// Readable's helpers (asIndexedPairs is gone since node 22): map/filter/take/drop/flatMap return streams;
// toArray/forEach/some/every/find/reduce return promises.
const { Readable } = require('stream');

const nums = () => Readable.from([1, 2, 3, 4, 5]);

(async () => {
  console.log('map', await nums().map((x) => x * 2).toArray());
  console.log('async map', await nums().map(async (x) => x + 0.5).toArray());
  console.log('filter', await nums().filter((x) => x % 2).toArray());
  console.log('async filter', await nums().filter(async (x) => x > 3).toArray());
  console.log('take', await nums().take(2).toArray());
  console.log('drop', await nums().drop(3).toArray());
  console.log('flatMap', await nums().take(2).flatMap((x) => [x, -x]).toArray());
  console.log('asIndexedPairs', typeof Readable.prototype.asIndexedPairs);
  const seen = [];
  console.log('forEach result', await nums().forEach((x) => { seen.push(x); }), seen);
  console.log('some', await nums().some((x) => x > 4), await nums().some((x) => x > 5));
  console.log('every', await nums().every((x) => x > 0), await nums().every((x) => x > 1));
  console.log('find', await nums().find((x) => x > 2), await nums().find((x) => x > 9));
  console.log('reduce', await nums().reduce((a, b) => a + b), await nums().reduce((a, b) => a + b, 100));
  console.log('map returns a Readable', nums().map((x) => x) instanceof Readable);
  const concurrent = [];
  await nums().map(async (x) => {
    concurrent.push(`start ${x}`);
    await new Promise((resolve) => setImmediate(resolve));
    concurrent.push(`end ${x}`);
    return x;
  }, { concurrency: 2 }).toArray();
  console.log('concurrency 2', concurrent.join(', '));
  try {
    await Readable.from([]).reduce((a, b) => a + b);
  } catch (err) {
    console.log('empty reduce', err.name, err.code, err.message);
  }
  try {
    nums().map(5);
  } catch (err) {
    console.log('bad fn', err.name, err.code, err.message);
  }
  try {
    nums().map((x) => x, { concurrency: 0 });
  } catch (err) {
    console.log('bad concurrency', err.name, err.code, err.message);
  }
  try {
    nums().take(-1);
  } catch (err) {
    console.log('bad take', err.name, err.code, err.message);
  }
  try {
    await nums().map((x) => {
      if (x === 3) throw new Error('mapper failed');
      return x;
    }).toArray();
  } catch (err) {
    console.log('rejects', err.message);
  }
})();
