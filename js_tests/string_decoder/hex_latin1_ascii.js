// Single-byte encodings decode each chunk directly; nothing is held back.
const { StringDecoder } = require('string_decoder');
const bytes = Buffer.from([0x61, 0xe9, 0xff, 0x00, 0x80, 0x7f]);
for (const enc of ['hex', 'latin1', 'binary', 'ascii', 'HEX', 'Latin1']) {
  const d = new StringDecoder(enc);
  console.log(enc, d.encoding, JSON.stringify(d.write(bytes.subarray(0, 3))), JSON.stringify(d.write(bytes.subarray(3))), d.lastNeed, d.lastTotal, JSON.stringify(d.end()));
}
