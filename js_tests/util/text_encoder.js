'use strict';
// TextEncoder: UTF-8 bytes of strings, lone surrogates as U+FFFD, and encodeInto
const util = require('util');

const encoder = new TextEncoder();
console.log(encoder.encoding, globalThis.TextEncoder === util.TextEncoder);
const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
for (const text of ['', 'abc', 'é', '€', '😀', 'a\u0000b', '\ud800', '\udc00x', '\ud83d\ude00\ud83d', 'ß水🎉', '\u007f\u0080\u07ff\u0800\uffff']) {
  const bytes = encoder.encode(text);
  console.log(JSON.stringify(text), bytes.constructor.name, bytes.length, hex(bytes));
}
console.log(hex(encoder.encode()), hex(encoder.encode(undefined)), hex(encoder.encode(null)), hex(encoder.encode(12.5)),
  hex(encoder.encode({ toString() { return 'obj'; } })));
const long = 'x€'.repeat(5000);
const longBytes = encoder.encode(long);
console.log(longBytes.length, longBytes.buffer.byteLength >= longBytes.length, longBytes[0], longBytes[longBytes.length - 1]);

const dest = new Uint8Array(8);
console.log(encoder.encodeInto('héllo😀', dest), hex(dest));
console.log(encoder.encodeInto('😀', new Uint8Array(3)));
console.log(encoder.encodeInto('a😀', new Uint8Array(4)));
console.log(encoder.encodeInto('€€', new Uint8Array(5)));
console.log(encoder.encodeInto('', new Uint8Array(0)));
console.log(encoder.encodeInto('\ud800', new Uint8Array(3)));
const sub = new Uint8Array(10).subarray(2, 5);
console.log(encoder.encodeInto('abcd', sub), hex(sub));
