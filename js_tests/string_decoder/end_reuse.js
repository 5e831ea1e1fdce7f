// end() flushes and resets, so a decoder can be reused; end(buf) writes first.
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
console.log(JSON.stringify(d.write(Buffer.from([0xe2, 0x82]))), JSON.stringify(d.end(Buffer.from([0xac]))));
console.log(JSON.stringify(d.write(Buffer.from([0xe2]))), JSON.stringify(d.end()), JSON.stringify(d.write(Buffer.from('ok'))));
console.log(JSON.stringify(d.end(Buffer.from([0xf0, 0x9f, 0x98]))), JSON.stringify(d.end()), d.lastNeed, d.lastTotal);
const u = new StringDecoder('ucs2');
console.log(JSON.stringify(u.write(Buffer.from([0x61]))), JSON.stringify(u.end(Buffer.from([0x00, 0x62]))), JSON.stringify(u.end()));
const b = new StringDecoder('base64');
console.log(b.write(Buffer.from('ab')), b.end(), b.write(Buffer.from('abcd')), b.end());
