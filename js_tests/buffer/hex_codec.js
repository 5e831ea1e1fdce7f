// hex: decoding stops at the first invalid pair; encoding is lower-case pairs.
const { t } = require('./helpers/check');
for (const s of ['', '0', '00', 'ff', 'FF', 'fF0a', 'abc', 'abcd1', 'zz', 'az', 'za', 'a z', '0g12', '12 34', '12\n34', '١٢', 'deadbeefcafebabe', '0x12']) {
  const b = Buffer.from(s, 'hex');
  const w = Buffer.alloc(4, 0xee);
  const written = w.write(s, 'hex');
  console.log(JSON.stringify(s), b, Buffer.byteLength(s, 'hex'), written, w);
}
const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
const hex = all.toString('hex');
console.log(hex.length, hex.slice(0, 40), hex.slice(-40));
console.log(Buffer.from(hex, 'hex').equals(all), Buffer.from(hex.toUpperCase(), 'hex').equals(all));
t('write hex at offset', () => { const b = Buffer.alloc(6); const n = b.write('aabbccdd', 2, 'hex'); return `${n} ${b.toString('hex')}`; });
t('write hex limited', () => { const b = Buffer.alloc(6); const n = b.write('aabbccdd', 1, 2, 'hex'); return `${n} ${b.toString('hex')}`; });
t('hexSlice', () => all.hexSlice(250, 256));
t('hexWrite', () => { const b = Buffer.alloc(3); return [b.hexWrite('0102ff'), b.toString('hex')].join(' '); });
