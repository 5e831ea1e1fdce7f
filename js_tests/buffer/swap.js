// swap16/32/64 in place, and the size errors.
const { t } = require('./helpers/check');
const bytes = Array.from({ length: 16 }, (_, i) => i);
for (const m of ['swap16', 'swap32', 'swap64']) {
  const b = Buffer.from(bytes);
  const ret = b[m]();
  console.log(m, ret === b, b.toString('hex'));
  const part = Buffer.from(bytes).subarray(2, 10);
  t(`${m} on 8 bytes`, () => part[m]().toString('hex'));
}
for (const [m, n] of [['swap16', 3], ['swap32', 6], ['swap64', 12], ['swap16', 0], ['swap64', 0]]) {
  t(`${m} on ${n}`, () => Buffer.alloc(n)[m]().length);
}
const big = Buffer.alloc(1024);
for (let i = 0; i < big.length; i++) big[i] = i & 0xff;
big.swap16();
console.log(big[0], big[1], big[1022], big[1023]);
