// buf.toString(encoding) for byte patterns across all encodings (including invalid UTF-8).
const inputs = [
  [], [0x61, 0x62, 0x63], [0x00, 0x7f, 0x80, 0xff], [0xc3, 0xa9], [0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80],
  [0x3d, 0xd8, 0x00, 0xde], [0x61, 0x00, 0x62], [1, 2, 3, 4, 5], [0xfb, 0xff, 0xbf], [0x80], [0xc3],
];
const encodings = ['utf8', 'utf16le', 'latin1', 'ascii', 'hex', 'base64', 'base64url', 'ucs2', 'binary'];
for (const bytes of inputs) {
  const b = Buffer.from(bytes);
  console.log(b);
  for (const enc of encodings) console.log('  ', enc, JSON.stringify(b.toString(enc)));
  console.log('   default', JSON.stringify(b.toString()), JSON.stringify(String(b)), JSON.stringify(`${b}`));
}
