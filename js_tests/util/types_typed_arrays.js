'use strict';
// each typed array predicate is true for its own kind only
const types = require('util/types');

const kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float16Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array];
const predicates = Object.keys(types).filter((name) => name.endsWith('Array') && name !== 'isTypedArray');
console.log(predicates.join(' '));
const buffer = new ArrayBuffer(16);
for (const Kind of kinds) {
  const view = new Kind(buffer, 0, 1);
  const hits = predicates.filter((name) => types[name](view));
  console.log(Kind.name, hits.join(' '), types.isTypedArray(view), types.isArrayBufferView(view));
}
const dv = new DataView(buffer);
console.log('DataView', predicates.filter((name) => types[name](dv)).length, types.isTypedArray(dv),
  types.isArrayBufferView(dv), types.isDataView(dv));
console.log('buffer itself', types.isTypedArray(buffer), types.isAnyArrayBuffer(buffer), types.isArrayBuffer(buffer));
const shared = new SharedArrayBuffer(8);
console.log('shared', types.isArrayBuffer(shared), types.isSharedArrayBuffer(shared), types.isAnyArrayBuffer(shared),
  types.isUint8Array(new Uint8Array(shared)));
