// The callback forms of pbkdf2, scrypt, hkdf, randomBytes and randomFill do their work on the
// thread pool, as node's do: a long derivation queued first finishes after short ones queued
// later, and timers keep firing while it runs.
const crypto = require('crypto');

// The short jobs finish in an order that depends on the pool's threads, so each records its
// result, and they are printed in a fixed order once the long one, queued first, has finished last.
const results = new Map();
let ticks = 0;
const timer = setInterval(() => { ticks++; }, 1);

const target = Buffer.alloc(8);
crypto.randomFill(target, (error, buf) => {
  results.set('randomFill', [error, buf === target, buf.some((b) => b !== 0)]);
});

crypto.pbkdf2('long', 'salt', 2_000_000, 16, 'sha256', (error, key) => {
  clearInterval(timer);
  console.log('long pbkdf2', error, key.length,
    key.toString('hex') === crypto.pbkdf2Sync('long', 'salt', 2_000_000, 16, 'sha256').toString('hex'));
  console.log('finished before it:', [...results.keys()].sort().join(', '));
  for (const [name, result] of [...results].sort()) console.log(name, ...result);
  console.log('timers ran while it derived', ticks > 1);
});
crypto.pbkdf2('short', 'salt', 1, 16, 'sha256', (error, key) => {
  results.set('pbkdf2', [error, key.toString('hex')]);
});
crypto.scrypt('pw', 'salt', 16, { N: 1024 }, (error, key) => {
  results.set('scrypt', [error, key.toString('hex') === crypto.scryptSync('pw', 'salt', 16, { N: 1024 }).toString('hex')]);
});
crypto.hkdf('sha512', 'key', 'salt', 'info', 32, (error, key) => {
  results.set('hkdf', [error, key instanceof ArrayBuffer, Buffer.from(key).toString('hex')]);
});
crypto.randomBytes(32, (error, bytes) => {
  results.set('randomBytes', [error, Buffer.isBuffer(bytes), bytes.length]);
});

// 0 stands for a default in scrypt's options, as node takes it
console.log('scrypt zeros', crypto.scryptSync('a', 'b', 8, { N: 0, r: 0, p: 0, maxmem: 0 }).toString('hex') ===
  crypto.scryptSync('a', 'b', 8).toString('hex'));

// bad input throws at the call, before any work is queued
for (const call of [
  () => crypto.pbkdf2('a', 'b', 1, 8, 'nope', () => {}),
  () => crypto.scrypt('a', 'b', 8, { N: 2 ** 20 }, () => {}),
  () => crypto.scrypt('a', 'b', 8, { N: 2 ** 16, r: 1, maxmem: 2 ** 30 }, () => {}),
  () => crypto.hkdf('sha256', 'a', 'b', 'c', 255 * 32 + 1, () => {}),
  () => crypto.hkdfSync('sha256', 'a', 'b', 'c', 255 * 32 + 1),
  () => crypto.randomBytes(8, 'nope'),
]) {
  try {
    call();
    console.log('no error');
  } catch (error) {
    console.log(`${error.name} ${error.code}: ${error.message}`);
  }
}
