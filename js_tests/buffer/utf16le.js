// utf16le / ucs2: encoding, decoding of odd lengths, unaligned views, surrogates, limited writes.
const { t } = require('./helpers/check');
for (const s of ['', 'a', 'ab', 'é€', '😀', '\ud800', 'x\udc00y']) {
  const b = Buffer.from(s, 'utf16le');
  console.log(JSON.stringify(s), b, JSON.stringify(b.toString('ucs2')), b.length);
}
const odd = Buffer.from([0x61, 0x00, 0x62]);
console.log(JSON.stringify(odd.toString('utf16le')), JSON.stringify(odd.toString('utf16le', 1)));
const base = Buffer.from([0x00, 0x61, 0x00, 0x62, 0x00, 0x63]);
const unaligned = base.subarray(1);
console.log(unaligned.byteOffset % 2, JSON.stringify(unaligned.toString('utf16le')));
for (let size = 0; size <= 7; size++) {
  const b = Buffer.alloc(size, 0x2e);
  console.log(size, b.write('a€😀', 'ucs2'), b.toString('hex'));
}
t('ucs2Write', () => { const b = Buffer.alloc(4); return [b.ucs2Write('hi'), b.toString('hex')].join(' '); });
t('ucs2Slice', () => Buffer.from('hello', 'utf16le').ucs2Slice(2, 6));
const long = 'ab€'.repeat(5000);
const lb = Buffer.from(long, 'utf16le');
console.log(lb.length, lb.toString('utf16le') === long);
