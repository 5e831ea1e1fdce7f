// structuredClone's transfer option detaches ArrayBuffers; duplicates are refused
const ab = new Uint8Array([9, 8, 7]).buffer;
const copy = structuredClone(ab, { transfer: [ab] });
console.log(ab.byteLength, copy.byteLength, new Uint8Array(copy));
try { structuredClone(1, { transfer: [copy, copy] }); } catch (e) { console.log(e.name, e.message); }
const sab = new SharedArrayBuffer(4);
const sabCopy = structuredClone(sab);
new Int32Array(sab)[0] = 42;
console.log('shared memory', new Int32Array(sabCopy)[0], sabCopy instanceof SharedArrayBuffer);
