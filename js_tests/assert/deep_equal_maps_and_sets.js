// Map and Set entries: order does not matter, object keys and values match by deep equality.
const { check } = require('./helpers/compare');
const assert = require('assert');

check('set order', new Set([1, 2, 3]), new Set([3, 2, 1]));
check('set objects any order', new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }]));
check('set objects differ', new Set([{ a: 1 }]), new Set([{ a: 2 }]));
check('set sizes', new Set([1]), new Set([1, 2]));
check('set duplicates by value', new Set([{}, {}]), new Set([{}, { a: 1 }]));
check('map order', new Map([['a', 1], ['b', 2]]), new Map([['b', 2], ['a', 1]]));
check('map object keys', new Map([[{ k: 1 }, 'x'], [{ k: 2 }, 'y']]), new Map([[{ k: 2 }, 'y'], [{ k: 1 }, 'x']]));
check('map equal keys swapped values', new Map([[{}, 'a'], [{}, 'b']]), new Map([[{}, 'b'], [{}, 'a']]));
check('map values differ', new Map([['a', { x: 1 }]]), new Map([['a', { x: 2 }]]));
check('map loose keys', new Map([[1, 'one'], ['2', 'two']]), new Map([['1', 'one'], [2, 'two']]));
check('set loose primitives', new Set([1, '2', null]), new Set(['1', 2, undefined]));
check('set NaN', new Set([NaN]), new Set([NaN]));
check('map vs set', new Map(), new Set());
check('set with property', Object.assign(new Set([1]), { p: 1 }), new Set([1]));
try {
  assert.deepStrictEqual(new Map([['a', 1], ['b', { c: [1, 2] }]]), new Map([['a', 1], ['b', { c: [1, 3] }]]));
} catch (err) {
  console.log(err.message);
}
try {
  assert.deepStrictEqual(new Set(['x', 'y']), new Set(['x', 'z']));
} catch (err) {
  console.log(err.message);
}
