// Wrong argument types for throws / doesNotThrow / match give node's errors.
const assert = require('assert');
const { report } = require('./helpers/report');

report('throws(non-function)', () => assert.throws('not a function'));
report('throws(undefined)', () => assert.throws());
report('throws(object)', () => assert.throws({}));
report('doesNotThrow(number)', () => assert.doesNotThrow(5));
report('error is a number', () => assert.throws(() => { throw new Error(); }, 5));
report('error is a boolean', () => assert.throws(() => { throw new Error(); }, true));
report('string error and message', () => assert.throws(() => { throw new Error('x'); }, 'a', 'b'));
report('ambiguous message', () => assert.throws(() => { throw new Error('same'); }, 'same'));
report('ambiguous thrown string', () => assert.throws(() => { throw 'same'; }, 'same'));
report('empty object', () => assert.throws(() => { throw new Error('x'); }, {}));
report('match(non-regexp)', () => assert.match('abc', 'abc'));
report('doesNotThrow(bad expected)', () => assert.doesNotThrow(() => { throw new Error('x'); }, 5));
report('strictEqual(one argument)', () => assert.strictEqual(1));
report('deepEqual()', () => assert.deepEqual());
report('AssertionError(no options)', () => new assert.AssertionError());
report('AssertionError(string)', () => new assert.AssertionError('message'));
