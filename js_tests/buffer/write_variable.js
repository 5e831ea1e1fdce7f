// writeUIntLE/BE and writeIntLE/BE for byteLength 1..6: bytes, results and range messages.
const { t } = require('./helpers/check');
for (let n = 1; n <= 6; n++) {
  const max = 2 ** (8 * n) - 1;
  const smax = 2 ** (8 * n - 1) - 1;
  for (const [method, v] of [['writeUIntLE', max], ['writeUIntBE', 0x0102030405 % (max + 1)], ['writeIntLE', -smax - 1], ['writeIntBE', -2],
    ['writeIntLE', smax], ['writeUIntLE', max + 1], ['writeUIntBE', -1], ['writeIntBE', smax + 1], ['writeIntLE', -smax - 2]]) {
    t(`${method}(${v}, 1, ${n})`, () => {
      const b = Buffer.alloc(8, 0xee);
      const ret = b[method](v, 1, n);
      return `${ret} ${b.toString('hex')} ${method.startsWith('writeU') ? b[method.replace('write', 'read')](1, n) : b[method.replace('write', 'read')](1, n)}`;
    });
  }
}
for (const n of [0, 7, 1.5, '2', undefined, NaN]) {
  t(`writeUIntLE(1, 0, ${String(n)})`, () => Buffer.alloc(8).writeUIntLE(1, 0, n));
  t(`writeIntBE(1, 0, ${String(n)})`, () => Buffer.alloc(8).writeIntBE(1, 0, n));
}
t('writeUIntBE past end', () => Buffer.alloc(4).writeUIntBE(1, 2, 3));
t('writeIntLE offset undefined', () => Buffer.alloc(4).writeIntLE(1, undefined, 2));
t('writeUintLE alias', () => Buffer.prototype.writeUintLE === Buffer.prototype.writeUIntLE);
