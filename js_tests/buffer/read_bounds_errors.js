// Out-of-range and badly typed offsets for reads: node's exact messages.
const { t } = require('./helpers/check');
const b = Buffer.alloc(3);
const offsets = [3, 4, -1, 1.5, NaN, Infinity, '0', null, true, {}, 2 ** 53];
for (const m of ['readUInt8', 'readInt8', 'readUInt16LE', 'readInt16BE', 'readUInt32LE', 'readInt32BE', 'readFloatLE', 'readDoubleBE', 'readBigInt64LE']) {
  for (const off of offsets) t(`${m}(${String(off)})`, () => b[m](off));
}
const empty = Buffer.alloc(0);
for (const m of ['readUInt8', 'readUInt16LE', 'readInt32LE', 'readDoubleLE']) t(`empty ${m}()`, () => empty[m]());
t('readUInt32LE(undefined) on 4 bytes', () => Buffer.from([1, 0, 0, 0]).readUInt32LE(undefined));
