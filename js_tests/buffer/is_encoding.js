// Buffer.isEncoding and Buffer.isBuffer.
const names = ['utf8', 'utf-8', 'UTF8', 'Utf-8', 'utf16le', 'utf-16le', 'UTF16LE', 'ucs2', 'ucs-2', 'UCS2', 'latin1', 'binary',
  'LATIN1', 'ascii', 'ASCII', 'hex', 'Hex', 'base64', 'BASE64', 'base64url', 'Base64URL', '', 'utf16', 'utf-16', 'latin-1',
  'raw', 'raws', 'buffer', 'utf32', ' utf8', 'utf8 ', null, undefined, 0, 1, true, {}, []];
for (const n of names) console.log(JSON.stringify(n) ?? String(n), Buffer.isEncoding(n));
for (const v of [Buffer.alloc(1), new Uint8Array(1), Buffer.from('x').subarray(0), new ArrayBuffer(1), 'abc', null, undefined, {}, Buffer.alloc(1).map((x) => x)]) {
  console.log(Object.prototype.toString.call(v), Buffer.isBuffer(v));
}
