'use strict';
// decode accepts ArrayBuffer, SharedArrayBuffer and every view, reading only the view's bytes
const decoder = new TextDecoder();
const bytes = new TextEncoder().encode('héllo wörld');
console.log(decoder.decode(bytes.buffer));
const shared = new SharedArrayBuffer(bytes.length);
new Uint8Array(shared).set(bytes);
console.log(decoder.decode(shared));
console.log(decoder.decode(new DataView(bytes.buffer, 7)));
console.log(decoder.decode(bytes.subarray(0, 6)));
console.log(decoder.decode(new Uint16Array([0x6968, 0x2121])));
console.log(decoder.decode(new Float64Array(1)).length);
console.log(JSON.stringify(decoder.decode(new ArrayBuffer(0))));
