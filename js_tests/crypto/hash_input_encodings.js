// update() with string encodings, Buffers, typed arrays and DataViews, chained.
const crypto = require('crypto');
const d = (...parts) => {
  const h = crypto.createHash('sha256');
  for (const [data, enc] of parts) h.update(data, enc);
  return h.digest('hex');
};
console.log(d(['hello', 'utf8']));
console.log(d(['68656c6c6f', 'hex']));
console.log(d(['aGVsbG8=', 'base64']));
console.log(d(['aGVsbG8', 'base64url']));
console.log(d(['h\u00e9llo', 'latin1']));
console.log(d(['hi', 'utf16le']));
console.log(d([Buffer.from('hello')]));
console.log(d([new Uint8Array([104, 101, 108, 108, 111])]));
console.log(d([new Uint16Array([0x6568, 0x6c6c])]));
console.log(d([new DataView(new Uint8Array([104, 105]).buffer)]));
console.log(d(['he'], ['6c6c', 'hex'], [Buffer.from('o')]));
console.log(d(['abc', 'no-such-encoding']) === d(['abc']));
const chained = crypto.createHash('md5').update('a').update('b').update('c').digest('hex');
console.log(chained === crypto.createHash('md5').update('abc').digest('hex'), chained);
