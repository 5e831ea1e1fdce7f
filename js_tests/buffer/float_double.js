// Float and double reads/writes in both byte orders, including special values.
const { t } = require('./helpers/check');
const values = [0, -0, 1, -1.5, 0.1, 3.4028234663852886e38, 1e39, 1e-46, NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE, '2.5', null, undefined, {}];
for (const v of values) {
  const b = Buffer.alloc(8);
  const r = [];
  r.push(b.writeFloatLE(v, 0), b.toString('hex', 0, 4), Object.is(b.readFloatLE(0), -0) ? '-0' : b.readFloatLE(0));
  r.push(b.writeFloatBE(v, 4), b.toString('hex', 4, 8), b.readFloatBE(4));
  const d = Buffer.alloc(16);
  r.push(d.writeDoubleLE(v, 0), d.toString('hex', 0, 8), Object.is(d.readDoubleLE(0), -0) ? '-0' : d.readDoubleLE(0));
  r.push(d.writeDoubleBE(v, 8), d.toString('hex', 8, 16), d.readDoubleBE(8));
  console.log(String(v), r.join(' '));
}
const pi = Buffer.from('400921fb54442d18', 'hex');
console.log(pi.readDoubleBE(), Buffer.from(pi).reverse().readDoubleLE(), pi.readFloatBE(), pi.readFloatLE(4));
t('readFloatLE past end', () => pi.readFloatLE(5));
t('readDoubleBE(1)', () => pi.readDoubleBE(1));
t('writeDoubleLE past end', () => Buffer.alloc(7).writeDoubleLE(1));
t('writeFloatBE offset string', () => Buffer.alloc(8).writeFloatBE(1, '0'));
t('readDoubleLE(NaN)', () => pi.readDoubleLE(NaN));
t('readFloatBE(-1)', () => pi.readFloatBE(-1));
t('readFloatBE on 3 bytes', () => Buffer.alloc(3).readFloatBE());
