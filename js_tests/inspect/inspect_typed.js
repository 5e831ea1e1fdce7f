// Typed arrays, ArrayBuffer, SharedArrayBuffer, DataView.
const { inspect } = require('util');
console.log(new Uint8Array([1, 2, 3]), new Int16Array([-1, 2]), new Float64Array([1.5, -0, NaN]));
console.log(new Uint8Array(0), new Float32Array(2), new Uint8ClampedArray([300, -5]));
console.log(new BigInt64Array([1n, -2n]), new BigUint64Array(2));
console.log(new Uint8Array(200));
console.log(new Uint16Array(Array.from({ length: 30 }, (_, i) => i * 1000)));
console.log(new ArrayBuffer(0), new ArrayBuffer(2), new Uint8Array([0, 1, 255, 16]).buffer);
console.log(new ArrayBuffer(60));
console.log(new SharedArrayBuffer(2), new SharedArrayBuffer(0));
const buf = new ArrayBuffer(4);
new Uint8Array(buf).set([0xde, 0xad, 0xbe, 0xef]);
console.log(new DataView(buf), new DataView(buf, 1, 2));
console.log({ ta: new Int32Array([1, 2]), ab: buf });
console.log([new Uint8Array(3)], { deep: { er: { x: new Uint8Array(2) } } });
const withProp = new Uint8Array(2);
withProp.label = 'x';
console.log(withProp);
console.log(inspect(new Uint8Array(10), { maxArrayLength: 4 }));
console.log(inspect(new ArrayBuffer(10), { maxArrayLength: 4 }));
console.log(inspect(new Uint8Array([1, 2]), { showHidden: true }));
console.log(inspect(new Float32Array([0.1]), { numericSeparator: true }));
console.log(inspect(new Int32Array([1234567, -7654321]), { numericSeparator: true }));
class MyBytes extends Uint8Array {}
console.log(new MyBytes(2));
console.log(Object.prototype.toString.call(new Uint8Array(1)));
