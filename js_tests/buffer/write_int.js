// Fixed-width integer writes: stored bytes, return values and range errors.
const { t } = require('./helpers/check');
const cases = [
  ['writeUInt8', [0, 1, 255, 1.7, '7', NaN, 256, -1, -0.5]],
  ['writeInt8', [-128, 127, -1, 128, -129]],
  ['writeUInt16LE', [0x1234, 65535, 65536, -1, 1.5, 65535.5]],
  ['writeUInt16BE', [0x1234, 0]],
  ['writeInt16LE', [-32768, 32767, -1, 32768, -32769]],
  ['writeInt16BE', [-2, 0x1234]],
  ['writeUInt32LE', [0xdeadbeef, 0xffffffff, 2 ** 32, -1]],
  ['writeUInt32BE', [0xdeadbeef, 1.9]],
  ['writeUint32BE', [7]],
  ['writeInt32LE', [-1, -(2 ** 31), 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1]],
  ['writeInt32BE', [-2, 0x7fffffff, -1.5]],
];
for (const [method, values] of cases) {
  for (const v of values) {
    t(`${method}(${String(v)})`, () => {
      const b = Buffer.alloc(6, 0xee);
      const ret = b[method](v, 1);
      return `${ret} ${b.toString('hex')}`;
    });
  }
}
t('writeUInt8 default offset', () => { const b = Buffer.alloc(2); return [b.writeUInt8(9), b.toString('hex')].join(' '); });
t('writeUInt16LE at end', () => Buffer.alloc(4).writeUInt16LE(1, 3));
t('writeUInt32BE past end', () => Buffer.alloc(4).writeUInt32BE(1, 1));
t('writeUInt8 past end', () => Buffer.alloc(4).writeUInt8(1, 4));
t('writeInt8 bad offset type', () => Buffer.alloc(4).writeInt8(1, '1'));
t('writeInt16BE float offset', () => Buffer.alloc(4).writeInt16BE(1, 0.5));
t('writeUInt32LE empty', () => Buffer.alloc(0).writeUInt32LE(1));
t('writeUInt8 empty', () => Buffer.alloc(0).writeUInt8(1));
t('writeInt32LE value and offset bad', () => Buffer.alloc(2).writeInt32LE(2 ** 40, 5));
t('writeUInt16LE string value', () => { const b = Buffer.alloc(2); b.writeUInt16LE('0x102'); return b; });
