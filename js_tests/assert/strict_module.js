// assert/strict and assert.strict: the loose names are the strict comparisons.
const assert = require('assert');
const strict = require('assert/strict');
const { report } = require('./helpers/report');

console.log(strict === assert.strict, strict.strict === strict, require('node:assert/strict') === strict);
console.log(strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual);
console.log(strict.notEqual === assert.notStrictEqual, strict.notDeepEqual === assert.notDeepStrictEqual);
console.log(strict.throws === assert.throws, strict.AssertionError === assert.AssertionError);
console.log(Object.keys(assert).join(' '));
console.log(Object.keys(strict).join(' '));
report('strict.equal(1, "1")', () => strict.equal(1, '1'));
report('strict.deepEqual', () => strict.deepEqual({ a: 1 }, { a: '1' }));
report('strict(0)', () => strict(0));
report('strict.ok()', () => strict.ok());
