// assert.partialDeepStrictEqual: what `expected` has must be in `actual` (keys, array elements
// in order, Set values, Map entries); prototypes are not compared.
const assert = require('assert');
const { report } = require('./helpers/report');

class Foo { constructor() { this.a = 1; } }
const cyclic = (extra) => { const o = { a: 1, ...extra }; o.self = o; return o; };
const cases = [
  ['prototype ignored', new Foo(), { a: 1 }],
  ['extra keys', { a: 1, b: 2 }, new Foo()],
  ['array subsequence', [1, 2, 3, 4], [2, 4]],
  ['array order', [1, 2, 3], [3, 1]],
  ['array repeats', [1, 2], [1, 1]],
  ['array longer', [1], [1, 2]],
  ['array of objects', [{ a: 1, b: 2 }, { c: 3 }], [{ c: 3 }]],
  ['holes', [1, , 3], [1, 3]],
  ['array keys', Object.assign([1], { x: 1 }), [1]],
  ['missing array key', [1], Object.assign([1], { x: 1 })],
  ['set of objects', new Set([{ a: 1, b: 2 }]), new Set([{ a: 1 }])],
  ['set missing', new Set([1, 2]), new Set([3])],
  ['map subset', new Map([[1, 2], [3, 4]]), new Map([[3, 4]])],
  ['map object keys', new Map([[{ k: 1 }, { v: 1, w: 2 }]]), new Map([[{ k: 1 }, { v: 1 }]])],
  ['typed array', new Uint8Array([1, 2, 3]), new Uint8Array([1, 3])],
  ['typed array order', new Uint8Array([1, 2, 3]), new Uint8Array([3, 1])],
  ['errors', Object.assign(new Error('x'), { c: 1 }), new Error('x')],
  ['nested', { a: { b: { c: 1, d: 2 } } }, { a: { b: { c: 1 } } }],
  ['nested differs', { a: { b: 1, c: 2 } }, { a: { b: 2 } }],
  ['undefined key', { a: 1 }, { a: 1, b: undefined }],
  ['symbols', { [Symbol.for('a')]: 1, b: 2 }, { [Symbol.for('a')]: 1 }],
  ['zero', 0, -0],
  ['NaN', NaN, NaN],
  ['primitives', 1, 2],
  ['tags', [1], { 0: 1 }],
  ['cycles', cyclic({ b: 2 }), cyclic()],
];
for (const [label, actual, expected] of cases) {
  report(label, () => assert.partialDeepStrictEqual(actual, expected));
}
report('missing args', () => assert.partialDeepStrictEqual(1));
report('custom message', () => assert.partialDeepStrictEqual({ a: 1 }, { a: 2 }, 'mine'));
