// node 24: buf.copy() writes bytes into any typed array or DataView (not only Uint8Arrays), and
// SlowBuffer() warns once (DEP0030).
const { SlowBuffer } = require('buffer');
const b = Buffer.from([1, 2, 3, 4, 5]);
const u16 = new Uint16Array(4);
console.log(b.copy(u16), u16, new Uint8Array(u16.buffer));
console.log(b.copy(new Float64Array(1)), b.copy(new DataView(new ArrayBuffer(4))));
console.log(b.copy(new Uint16Array(4), 3), b.copy(new Uint32Array(1), 2), b.copy(new Int8Array(8), 1, 2, 4));
for (const bad of [new ArrayBuffer(4), [], 'str']) {
  try {
    b.copy(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(SlowBuffer.name, SlowBuffer.length, SlowBuffer(3), SlowBuffer(2) instanceof SlowBuffer);
