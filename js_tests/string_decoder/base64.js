// base64 / base64url decoders emit whole 3-byte groups and pad the rest at end().
const { StringDecoder } = require('string_decoder');
for (const enc of ['base64', 'base64url']) {
  const data = Buffer.from('hello world!!');
  for (const size of [1, 2, 3, 4, 5]) {
    const d = new StringDecoder(enc);
    const outs = [];
    for (let i = 0; i < data.length; i += size) outs.push(d.write(data.subarray(i, i + size)));
    outs.push(`end:${d.end()}`);
    console.log(enc, size, outs.join(','));
  }
  const d = new StringDecoder(enc);
  console.log(d.write(Buffer.from([0xfb])), d.lastNeed, d.lastTotal, d.end(), d.end(Buffer.from([0xff, 0xfe])));
}
