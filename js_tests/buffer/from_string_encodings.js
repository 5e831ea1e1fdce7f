// Buffer.from(string, encoding): bytes, length and byteLength for every encoding and alias.
const samples = ['', 'hello', 'héllo wörld', '€uro', '😀 smile', 'a\u0000b', '\ud800lone', 'lone\udc00',
  'ÿ\u0100\u01ff', '68656c6c6f', 'aGVsbG8=', 'aGVsbG8', 'Zm9v-_8', 'x'.repeat(40)];
const encodings = [undefined, 'utf8', 'utf-8', 'UTF8', 'utf16le', 'ucs2', 'ucs-2', 'utf-16le', 'latin1', 'binary',
  'ascii', 'hex', 'base64', 'base64url', 'Base64', 'HEX'];
for (const enc of encodings) {
  console.log(`== ${enc}`);
  for (const s of samples) {
    const b = Buffer.from(s, enc);
    console.log(JSON.stringify(s), b.length, Buffer.byteLength(s, enc), b.toString('hex'));
  }
}
