// readUIntLE/BE and readIntLE/BE for byteLength 1..6, and their argument errors.
const { t } = require('./helpers/check');
const b = Buffer.from([0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0]);
for (let n = 1; n <= 6; n++) {
  const row = [];
  for (let off = 0; off + n <= b.length; off++) {
    row.push(b.readUIntLE(off, n), b.readUIntBE(off, n), b.readIntLE(off, n), b.readIntBE(off, n));
  }
  console.log(n, row.join(' '));
}
const ff = Buffer.alloc(6, 0xff);
for (let n = 1; n <= 6; n++) console.log(n, ff.readUIntLE(0, n), ff.readIntBE(0, n), ff.readIntLE(6 - n, n));
for (const n of [0, 7, -1, 1.5, '2', undefined, null, NaN]) {
  t(`readUIntLE(0, ${String(n)})`, () => b.readUIntLE(0, n));
  t(`readIntBE(0, ${String(n)})`, () => b.readIntBE(0, n));
}
t('readUIntLE()', () => b.readUIntLE());
t('readIntLE(undefined, 2)', () => b.readIntLE(undefined, 2));
t('readUIntBE(3, 6)', () => b.readUIntBE(3, 6));
t('readIntLE(7, 2)', () => b.readIntLE(7, 2));
t('readUIntBE(-1, 2)', () => b.readUIntBE(-1, 2));
t('readUIntBE("1", 2)', () => b.readUIntBE('1', 2));
t('readUIntLE(1.5, 3)', () => b.readUIntLE(1.5, 3));
t('readUintLE alias', () => b.readUintLE(0, 3) === b.readUIntLE(0, 3));
