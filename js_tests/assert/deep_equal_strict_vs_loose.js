// A table of pairs compared loosely (deepEqual) and strictly (deepStrictEqual).
const assert = require('assert');

class Foo { constructor() { this.a = 1; } }
const cases = [
  ['1 vs "1"', 1, '1'],
  ['0 vs -0', 0, -0],
  ['NaN vs NaN', NaN, NaN],
  ['null vs undefined', null, undefined],
  ['[1] vs ["1"]', [1], ['1']],
  ['{a:1} vs {a:"1"}', { a: 1 }, { a: '1' }],
  ['class vs plain', new Foo(), { a: 1 }],
  ['null proto vs plain', Object.assign(Object.create(null), { a: 1 }), { a: 1 }],
  ['{a:undefined} vs {}', { a: undefined }, {}],
  ['{a:undefined} vs {b:undefined}', { a: undefined }, { b: undefined }],
  ['array vs array-like', [1, 2], { 0: 1, 1: 2, length: 2 }],
  ['[0] vs [-0]', [0], [-0]],
  ['true vs 1', true, 1],
  ['[true] vs [1]', [true], [1]],
  ['string object vs string', new String('a'), 'a'],
  ['number objects', new Number(1), new Number(1)],
  ['different number objects', new Number(1), new Number(2)],
  ['boxed -0 vs 0', new Number(-0), new Number(0)],
  ['functions', () => 1, () => 1],
  ['same function', isEqual, isEqual],
  ['errors same message', new Error('x'), new Error('x')],
  ['errors different message', new Error('x'), new Error('y')],
  ['Error vs TypeError', new Error('x'), new TypeError('x')],
  ['Set [1] vs Set ["1"]', new Set([1]), new Set(['1'])],
  ['Map 1 vs "1" key', new Map([[1, 'a']]), new Map([['1', 'a']])],
  ['Map value 1 vs "1"', new Map([['k', 1]]), new Map([['k', '1']])],
  ['sparse vs undefined', [, 1], [undefined, 1]],
  ['arrays with extra property', Object.assign([1], { x: 1 }), [1]],
  ['{} vs []', {}, []],
  ['Date vs object', new Date(0), {}],
  ['Float64 0 vs -0', new Float64Array([0]), new Float64Array([-0])],
  ['Float64 NaN', new Float64Array([NaN]), new Float64Array([NaN])],
  ['Uint8 vs Int8', new Uint8Array([1]), new Int8Array([1])],
];
for (const [label, a, b] of cases) {
  console.log(`${label}: loose ${isEqual(assert.deepEqual, a, b)} strict ${isEqual(assert.deepStrictEqual, a, b)}`);
}

function isEqual(assertion, a, b) {
  try {
    assertion(a, b);
    return true;
  } catch (err) {
    if (err.code !== 'ERR_ASSERTION') throw err;
    return false;
  }
}
