// lastNeed, lastTotal and lastChar after each write; the decoder as util.inspect shows it.
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
const chunks = [[0xe2], [0x82], [0xac], [0xf0, 0x9f], [0x98, 0x80, 0x61], [0xc3]];
for (const chunk of chunks) {
  const out = d.write(Buffer.from(chunk));
  console.log(JSON.stringify(out), d.lastNeed, d.lastTotal, d.lastChar);
}
console.log(d);
console.log(JSON.stringify(d.end()), d.lastNeed, d.lastTotal, d.lastChar, d);
console.log(new StringDecoder('base64'), new StringDecoder('latin1'), new StringDecoder('ascii'), new StringDecoder('base64url'));
console.log(Object.keys(d), d.encoding, Object.keys(StringDecoder.prototype));
