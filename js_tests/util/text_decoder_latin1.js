'use strict';
// the latin1 labels (encoding 'windows-1252'): in node 20 each byte becomes the same code point
for (const label of ['latin1', 'ascii', 'us-ascii', 'iso-8859-1', 'windows-1252', 'cp1252', 'l1']) {
  const d = new TextDecoder(label);
  const text = d.decode(new Uint8Array([0x41, 0x80, 0x81, 0x9f, 0xa0, 0xe9, 0xff]));
  console.log(label, d.encoding, Array.from(text, (c) => c.charCodeAt(0).toString(16)).join(' '));
}
const d = new TextDecoder('latin1');
console.log(JSON.stringify(d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).length);
console.log(d.decode(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), { stream: true }), d.decode());
const all = new Uint8Array(256).map((_, i) => i);
const text = new TextDecoder('latin1').decode(all);
console.log(text.length, [...text].every((c, i) => c.charCodeAt(0) === i));

// after a {stream: true} call node leaves its fast path and uses the windows-1252 table
const streamed = new TextDecoder('latin1');
streamed.decode(new Uint8Array(0), { stream: true });
const mapped = streamed.decode(new Uint8Array([0x41, 0x80, 0x81, 0x8a, 0x8d, 0x99, 0x9f, 0xa0, 0xff]));
console.log(Array.from(mapped, (c) => c.charCodeAt(0).toString(16)).join(' '));
console.log(streamed.decode(new Uint8Array([0x93, 0x68, 0x69, 0x94]), { stream: true }));
try {
  streamed.decode('not bytes');
} catch (err) {
  console.log(err.code, err.message);
}
