// writeFileSync takes a Buffer, any TypedArray and a DataView (their bytes, offset respected)
const fs = require('fs');
const { at, cleanup, attempt } = require('./helpers/tmp');

const file = at('out.bin');
const bytes = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
const inputs = {
  Buffer: Buffer.from('buf'),
  Uint8Array: bytes,
  subarray: bytes.subarray(2, 5),
  Uint16Array: new Uint16Array([0x0102, 0xa0b0]),
  Float64Array: new Float64Array([1.5]),
  DataView: new DataView(bytes.buffer, 6, 2),
};
for (const [name, data] of Object.entries(inputs)) {
  fs.writeFileSync(file, data);
  console.log(name, fs.readFileSync(file, 'hex'));
}
attempt('number', () => fs.writeFileSync(file, 42));
attempt('object', () => fs.writeFileSync(file, { toString() { return 'x'; } }));
attempt('ArrayBuffer', () => fs.writeFileSync(file, new ArrayBuffer(2)));
cleanup();
