'use strict';
// large inputs (the host converts them in bulk) behave exactly as small ones
const encoder = new TextEncoder();
const text = 'añ€😀\u0000z'.repeat(3000) + '\ud800 lone \udfff';
const bytes = encoder.encode(text);
console.log(bytes.length, bytes.constructor.name, bytes.slice(-12).join(' '));

let sum = 0;
for (const b of bytes) sum = (sum * 31 + b) % 1000003;
console.log('checksum', sum);

const decoded = new TextDecoder().decode(bytes);
console.log(decoded.length, decoded === text.toWellFormed());

// invalid bytes sprinkled through a large buffer
const noisy = new Uint8Array(5000);
for (let i = 0; i < noisy.length; i++) noisy[i] = [0x41, 0xe2, 0x82, 0xac, 0xff, 0xc3, 0xed, 0xa0, 0x80, 0xf0, 0x9f][i % 11];
const replaced = new TextDecoder().decode(noisy);
console.log(replaced.length, [...replaced.slice(0, 12)].map((c) => c.codePointAt(0).toString(16)).join(' '));
try {
  new TextDecoder('utf-8', { fatal: true }).decode(noisy);
} catch (err) {
  console.log(err.code);
}

// streaming large chunks cut in the middle of characters
for (const chunkSize of [777, 1000, 4096]) {
  const d = new TextDecoder();
  let out = '';
  for (let i = 0; i < bytes.length; i += chunkSize) out += d.decode(bytes.subarray(i, i + chunkSize), { stream: true });
  out += d.decode();
  console.log(chunkSize, out === decoded);
}
const d = new TextDecoder();
const head = d.decode(bytes.subarray(0, 1001), { stream: true });
console.log('stream ends mid-character', head.length, JSON.stringify(d.decode()));

// a BOM at the start of a large buffer
const withBom = new Uint8Array(bytes.length + 3);
withBom.set([0xef, 0xbb, 0xbf]);
withBom.set(bytes, 3);
console.log(new TextDecoder().decode(withBom) === decoded, new TextDecoder('utf-8', { ignoreBOM: true }).decode(withBom).charCodeAt(0).toString(16));
