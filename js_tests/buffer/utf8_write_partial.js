// write() never writes part of a multibyte character; lone surrogates encode as U+FFFD.
const str = 'aé€😀b';
for (let size = 0; size <= 12; size++) {
  const buf = Buffer.alloc(size, 0x2e);
  const n = buf.write(str);
  console.log(size, n, buf.toString('hex'));
}
for (let len = 0; len <= 11; len++) {
  const buf = Buffer.alloc(12, 0x2e);
  const n = buf.write(str, 1, len);
  console.log('len', len, n, buf.toString('hex'));
}
for (const s of ['\ud800', '\udc00', 'a\ud83d', '\ud83d\ude00', '\ude00\ud83d', 'x\ud800y']) {
  const buf = Buffer.alloc(8, 0x2e);
  const n = buf.write(s);
  console.log(JSON.stringify(s), n, buf.toString('hex'), Buffer.from(s).toString('hex'), Buffer.byteLength(s));
}
const cut = Buffer.alloc(5);
console.log(cut.write('ab😀'), cut.toString('hex'), cut.write('ab😀', 2), cut.toString('hex'));
