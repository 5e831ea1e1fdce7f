// utf16le: odd bytes and surrogate pairs split across writes.
const { StringDecoder } = require('string_decoder');
const text = 'a€😀b';
const bytes = Buffer.from(text, 'utf16le');
for (let cut = 0; cut <= bytes.length; cut++) {
  const d = new StringDecoder('utf16le');
  const first = d.write(bytes.subarray(0, cut));
  const need = d.lastNeed;
  const second = d.write(bytes.subarray(cut));
  console.log(cut, JSON.stringify(first), need, JSON.stringify(second), first + second === text);
}
for (const enc of ['ucs2', 'ucs-2', 'utf-16le', 'UTF16LE']) {
  const d = new StringDecoder(enc);
  console.log(enc, d.encoding, JSON.stringify(d.write(Buffer.from([0x61]))), JSON.stringify(d.end()));
}
const lone = new StringDecoder('utf16le');
console.log(JSON.stringify(lone.write(Buffer.from([0x3d, 0xd8]))), lone.lastNeed, lone.lastTotal, JSON.stringify(lone.end()));
const odd = new StringDecoder('utf16le');
console.log(JSON.stringify(odd.write(Buffer.from([0x3d, 0xd8, 0x00]))), odd.lastNeed, odd.lastTotal, JSON.stringify(odd.end()), odd.lastNeed);
const notPair = new StringDecoder('utf16le');
console.log(JSON.stringify(notPair.write(Buffer.from([0x3d, 0xd8]))), JSON.stringify(notPair.write(Buffer.from([0x61, 0x00]))));
