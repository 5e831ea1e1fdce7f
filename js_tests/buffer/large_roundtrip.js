// Round trips of large data through every encoding (exercises the chunked fast paths).
let seed = 12345;
function rand() {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed;
}
const bytes = Buffer.alloc(100000);
for (let i = 0; i < bytes.length; i++) bytes[i] = rand() & 0xff;
function checksum(b) {
  let h = 0;
  for (let i = 0; i < b.length; i++) h = (h * 31 + b[i]) >>> 0;
  return h;
}
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'utf16le']) {
  const s = bytes.toString(enc);
  const back = Buffer.from(s, enc);
  console.log(enc, s.length, back.length, back.equals(bytes), checksum(back));
}
const utf8Text = bytes.toString('utf8');
console.log('utf8 lossy', utf8Text.length, Buffer.byteLength(utf8Text), checksum(Buffer.from(utf8Text)));
let text = '';
for (let i = 0; i < 30000; i++) {
  const r = rand() % 100;
  text += r < 60 ? String.fromCharCode(32 + (r % 90)) : r < 80 ? String.fromCharCode(0xa0 + r) : r < 95 ? String.fromCharCode(0x4e00 + r * 37) : String.fromCodePoint(0x1f600 + r);
}
const enc = Buffer.from(text);
console.log('utf8 text', text.length, enc.length, Buffer.byteLength(text), enc.toString() === text, checksum(enc));
const ascii = 'The quick brown fox. '.repeat(5000);
console.log('ascii', Buffer.from(ascii).length, Buffer.from(ascii).toString() === ascii, Buffer.from(ascii, 'ascii').toString('ascii') === ascii);
