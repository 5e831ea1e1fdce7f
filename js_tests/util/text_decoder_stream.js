'use strict';
// {stream: true} keeps incomplete sequences for the next call; the final call flushes them
const show = (label, parts) => console.log(label, JSON.stringify(parts));

let d = new TextDecoder();
show('euro split', [d.decode(new Uint8Array([0xe2]), { stream: true }), d.decode(new Uint8Array([0x82]), { stream: true }),
  d.decode(new Uint8Array([0xac]))]);
show('emoji split', [d.decode(new Uint8Array([0xf0, 0x9f]), { stream: true }), d.decode(new Uint8Array([0x98, 0x80]))]);
show('flush incomplete', [d.decode(new Uint8Array([0xe2, 0x82]), { stream: true }), d.decode()]);
show('broken across calls', [d.decode(new Uint8Array([0xe2]), { stream: true }), d.decode(new Uint8Array([0x41]))]);
show('bom split', [d.decode(new Uint8Array([0xef, 0xbb]), { stream: true }), d.decode(new Uint8Array([0xbf, 0x41]), { stream: true }),
  d.decode(new Uint8Array([0xef, 0xbb, 0xbf]))]);
show('bom again after flush', [d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x42]))]);

d = new TextDecoder('utf-16le');
show('utf-16le split', [d.decode(new Uint8Array([0x3d]), { stream: true }), d.decode(new Uint8Array([0xd8, 0x00]), { stream: true }),
  d.decode(new Uint8Array([0xde]))]);
show('utf-16le odd flush', [d.decode(new Uint8Array([0x41, 0x00, 0x42]), { stream: true }), d.decode()]);

// every split point of a mixed text gives the text back
const text = 'a€😀ß\u0000z';
const bytes = new TextEncoder().encode(text);
let ok = 0;
for (let cut = 0; cut <= bytes.length; cut++) {
  const dec = new TextDecoder();
  const out = dec.decode(bytes.subarray(0, cut), { stream: true }) + dec.decode(bytes.subarray(cut));
  if (out === text) ok++;
}
console.log('split points ok', ok, 'of', bytes.length + 1);
let byByte = '';
d = new TextDecoder();
for (const b of bytes) byByte += d.decode(new Uint8Array([b]), { stream: true });
byByte += d.decode();
console.log('byte by byte', byByte === text);
