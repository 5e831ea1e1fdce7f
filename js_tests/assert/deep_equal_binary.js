// Typed arrays, DataViews and ArrayBuffers compare by type and bytes.
const { check } = require('./helpers/compare');
const assert = require('assert');

check('same bytes', new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]));
check('different bytes', new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]));
check('different length', new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]));
check('Uint16 vs Uint8', new Uint16Array([1]), new Uint8Array([1, 0]));
check('offset views', new Uint8Array([9, 1, 2]).subarray(1), new Uint8Array([1, 2]));
check('Float32 -0', new Float32Array([-0]), new Float32Array([0]));
check('Float32 NaN', new Float32Array([NaN]), new Float32Array([NaN]));
check('BigInt64', new BigInt64Array([1n]), new BigInt64Array([1n]));
check('ArrayBuffer same', new Uint8Array([1, 2]).buffer, new Uint8Array([1, 2]).buffer);
check('ArrayBuffer different', new Uint8Array([1, 2]).buffer, new Uint8Array([1, 3]).buffer);
check('ArrayBuffer vs view', new ArrayBuffer(2), new Uint8Array(2));
check('SharedArrayBuffer vs ArrayBuffer', new SharedArrayBuffer(2), new ArrayBuffer(2));
check('DataView', new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2)));
check('DataView bytes differ', new DataView(new Uint8Array([1]).buffer), new DataView(new Uint8Array([2]).buffer));
check('typed array extra property', Object.assign(new Uint8Array(1), { x: 1 }), new Uint8Array(1));
try {
  assert.deepStrictEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 5, 3]));
} catch (err) {
  console.log(err.message);
}
