// 64-bit BigInt reads and writes, both byte orders, with range errors.
const { t } = require('./helpers/check');
const b = Buffer.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0xff, 0xfe]);
for (const m of ['readBigUInt64LE', 'readBigUInt64BE', 'readBigInt64LE', 'readBigInt64BE', 'readBigUint64LE', 'readBigUint64BE']) {
  console.log(m, b[m](), b[m](1), b[m](2));
}
const values = [0n, 1n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 2n ** 64n - 1n, 0x0102030405060708n, 2n ** 64n, -(2n ** 63n) - 1n, 2n ** 63n];
for (const m of ['writeBigUInt64LE', 'writeBigUInt64BE', 'writeBigInt64LE', 'writeBigInt64BE']) {
  for (const v of values) {
    t(`${m}(${v})`, () => {
      const w = Buffer.alloc(9, 0xee);
      const ret = w[m](v, 1);
      return `${ret} ${w.toString('hex')} ${w[m.replace('write', 'read')](1)}`;
    });
  }
}
t('read past end', () => b.readBigInt64LE(3));
t('read empty', () => Buffer.alloc(4).readBigUInt64BE());
t('write past end', () => Buffer.alloc(8).writeBigInt64BE(1n, 1));
t('read float offset', () => b.readBigUInt64LE(0.5));
t('read string offset', () => b.readBigUInt64LE('0'));
t('alias', () => Buffer.prototype.writeBigUint64LE === Buffer.prototype.writeBigUInt64LE);
