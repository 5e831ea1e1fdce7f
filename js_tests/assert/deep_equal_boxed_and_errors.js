// Boxed primitives compare their values with Object.is; errors their name and message.
const { check } = require('./helpers/compare');
const assert = require('assert');

check('Number(1)', new Number(1), new Number(1));
check('Number(NaN)', new Number(NaN), new Number(NaN));
check('String a/b', new String('a'), new String('b'));
check('Boolean vs Number', new Boolean(true), new Number(1));
check('Object(1n)', Object(1n), Object(1n));
const sym = Symbol('x');
check('same Symbol object', Object(sym), Object(sym));
check('different Symbol objects', Object(Symbol('x')), Object(Symbol('x')));
check('String with extra key', Object.assign(new String('a'), { k: 1 }), new String('a'));
check('error names differ', new RangeError('m'), Object.assign(new RangeError('m'), { name: 'Other' }));
check('error extra property', Object.assign(new Error('m'), { code: 1 }), new Error('m'));
check('error vs plain', new Error('m'), { message: 'm', name: 'Error' });
try {
  assert.deepStrictEqual(new Error('first'), new Error('second'));
} catch (err) {
  console.log(err.message);
}
try {
  assert.deepStrictEqual(new Number(1), new Number(2));
} catch (err) {
  console.log(err.message);
}
