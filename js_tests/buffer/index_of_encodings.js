// Searching with an encoding: the needle is encoded first; utf16le matches only at even offsets.
const { t } = require('./helpers/check');
const u = Buffer.from('abcabc€', 'utf16le');
for (const [needle, enc] of [['b', 'ucs2'], ['ca', 'utf16le'], ['€', 'utf16le'], ['c', 'utf16le'], ['', 'ucs2'], ['x', 'ucs2']]) {
  console.log(JSON.stringify(needle), enc, u.indexOf(needle, 0, enc), u.indexOf(needle, 3, enc), u.lastIndexOf(needle, undefined, enc), u.lastIndexOf(needle, 5, enc), u.includes(needle, enc));
}
const odd = Buffer.from([0x00, 0x61, 0x00, 0x62, 0x00]);
console.log('odd', odd.indexOf('a', 'ucs2'), odd.indexOf('b', 'utf16le'), odd.indexOf(Buffer.from([0x61, 0x00]), 0, 'ucs2'));
const h = Buffer.from('00ff10ff10', 'hex');
console.log('hex', h.indexOf('ff10', 'hex'), h.lastIndexOf('ff10', 'hex'), h.indexOf('ff1', 'hex'), h.indexOf('zz', 'hex'), h.indexOf('10', 3, 'hex'));
const s = Buffer.from('hello world');
console.log('base64', s.indexOf('d29y', 'base64'), s.indexOf('bG8=', 'base64'), s.indexOf('d29y', 'base64url'));
console.log('latin1', Buffer.from('café', 'latin1').indexOf('é', 'latin1'), Buffer.from('café').indexOf('é', 'latin1'), Buffer.from('café').indexOf('é'));
console.log('ascii', s.indexOf('wor', 'ascii'), s.indexOf('o', 5, 'binary'), s.lastIndexOf('o', 'utf-8'));
t('buffer needle ucs2 short', () => u.indexOf(Buffer.from([0x62]), 0, 'ucs2'));
t('buffer needle ucs2', () => u.indexOf(Buffer.from([0x62, 0x00]), 0, 'ucs2'));
t('lastIndexOf buffer ucs2', () => u.lastIndexOf(Buffer.from([0x61, 0x00]), undefined, 'ucs2'));
