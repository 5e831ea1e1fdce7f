// Strict mode also compares prototypes and own enumerable symbol keys.
const { check } = require('./helpers/compare');
const assert = require('assert');

const s = Symbol('s');
check('same symbol key', { [s]: 1 }, { [s]: 1 });
check('symbol values differ', { [s]: 1 }, { [s]: 2 });
check('symbol key missing', { [s]: 1 }, {});
check('different symbol keys', { [Symbol('a')]: 1 }, { [Symbol('a')]: 1 });
const hidden = {};
Object.defineProperty(hidden, s, { value: 1, enumerable: false });
check('non-enumerable symbol', hidden, {});
check('array symbol key', Object.assign([1], { [s]: 1 }), [1]);
check('non-enumerable string key', Object.defineProperty({}, 'x', { value: 1 }), {});
class A {}
class B {}
check('different classes', new A(), new B());
check('subclass instance', Object.create(A.prototype), new A());
check('Object.create(null)', Object.create(null), {});
const tagged = { [Symbol.toStringTag]: 'Custom' };
check('toStringTag differs', tagged, {});
try {
  assert.deepStrictEqual(new A(), new B());
} catch (err) {
  console.log(err.message);
}
try {
  assert.deepStrictEqual({ [s]: 1 }, { [s]: 2 });
} catch (err) {
  console.log(err.message);
}
