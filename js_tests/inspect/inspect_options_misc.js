// sorted, getters, numericSeparator, maxStringLength, breakLength, depth, customInspect.
const { inspect } = require('util');
const unsorted = { c: 3, a: 1, b: { z: 1, y: 2 } };
console.log(inspect(unsorted, { sorted: true }));
console.log(inspect(unsorted, { sorted: (a, b) => (a < b ? 1 : a > b ? -1 : 0) }));
console.log(inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }));
console.log(inspect(new Set(['b', 'a']), { sorted: true }));
const arr = [3, 1, 2];
arr.z = 1;
arr.a = 2;
console.log(inspect(arr, { sorted: true }));
const g = {
  get num() { return 1; },
  get obj() { return { nested: true }; },
  get nul() { return null; },
  get str() { return 'text'; },
  get both() { return 'b'; },
  set both(v) {},
  set only(v) {},
  get throws() { throw new Error('bad getter'); },
};
console.log(inspect(g, { getters: true }));
console.log(inspect(g, { getters: 'get' }));
console.log(inspect(g, { getters: 'set' }));
console.log(inspect(g));
for (const n of [0, 1, 123, 1234, 12345, 123456789, -1234567, 1234.5678, 0.0001234, 1e21, -0, NaN, 1.5e-10, 123456.123456, 1e-7, -0.5, -0.0001, Infinity]) {
  console.log(inspect(n, { numericSeparator: true }));
}
console.log(inspect(123456789n, { numericSeparator: true }), inspect(-1234n, { numericSeparator: true }));
console.log(inspect([1000000, 2000], { numericSeparator: true }));
console.log(inspect('a'.repeat(20), { maxStringLength: 5 }), inspect('abc', { maxStringLength: 2 }));
console.log(inspect(['x'.repeat(30)], { maxStringLength: 10 }), inspect('ab', { maxStringLength: 1 }));
console.log(inspect('a'.repeat(10), { maxStringLength: null }), inspect('a'.repeat(5), { maxStringLength: 0 }));
console.log(inspect({ a: { b: { c: { d: {} } } } }, { depth: 1 }));
console.log(inspect({ a: { b: { c: { d: {} } } } }, { depth: -1 }));
console.log(inspect([[[[[1]]]]], { depth: 2 }));
console.log(inspect({ m: new Map([[1, { x: 1 }]]) }, { depth: 1 }));
console.log(inspect({ a: 1 }, false, 0), inspect({ a: { b: 1 } }, false, 0), inspect({ a: { b: 1 } }, undefined, null));
const custom = { [inspect.custom]() { return 'CUSTOM'; } };
console.log(inspect(custom), inspect(custom, { customInspect: false }));
console.log(inspect({ a: [1, 2, 3] }, { breakLength: 3 }));
console.log(inspect({ a: 'x' }, { unknownOption: 1 }));
console.log(inspect(5, 'not an object'));
