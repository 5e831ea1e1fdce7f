// fs.statfs / statfsSync / promises.statfs: a StatFs of the file system's type and sizes (the
// values differ from machine to machine; their shape and the errors do not)
const fs = require('fs');
const { at, describe } = require('./helpers/tmp');

const stats = fs.statfsSync(at());
console.log(stats.constructor.name, Object.keys(stats), Object.values(stats).every(Number.isInteger));
console.log(stats.bsize > 0, stats.blocks >= stats.bfree, stats.bfree >= stats.bavail);
const big = fs.statfsSync(at(), { bigint: true });
console.log(Object.values(big).every((value) => typeof value === 'bigint'), big.type === BigInt(stats.type));
for (const bad of [at('missing'), 5]) {
  try {
    fs.statfsSync(bad);
  } catch (error) {
    console.log(describe(error));
  }
}
// The promise is asked for once the callback has run: both go to the thread pool, where either
// may finish first.
fs.statfs(at(), (error, result) => {
  console.log('callback', error, result.type === stats.type);
  fs.promises.statfs(at('missing')).catch((error) => console.log('promise', describe(error)));
});
