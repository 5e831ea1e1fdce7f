// Buffer.byteLength over strings in all encodings, and for views and ArrayBuffers.
const samples = ['', 'a', 'abc', 'é', '€', '😀', '\ud800', 'ab\udc00cd', 'aGk=', 'aGk', 'a===', '==', 'abc def', '6869', '686', 'x'.repeat(1000)];
for (const s of samples) {
  const row = [JSON.stringify(s.length > 20 ? s.slice(0, 20) + '...' : s)];
  for (const enc of [undefined, 'utf8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url', 'bogus', 'UTF-8']) {
    row.push(Buffer.byteLength(s, enc));
  }
  console.log(row.join(' '));
}
console.log(Buffer.byteLength(Buffer.alloc(7)), Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(9)),
  Buffer.byteLength(new DataView(new ArrayBuffer(5), 1)), Buffer.byteLength(new Float64Array(2)), Buffer.byteLength(new SharedArrayBuffer(3)));
