// equal / notEqual use ==, and treat NaN as equal to NaN.
const assert = require('assert');
const { report } = require('./helpers/report');

report('equal(1, "1")', () => assert.equal(1, '1'));
report('equal(null, undefined)', () => assert.equal(null, undefined));
report('equal(NaN, NaN)', () => assert.equal(NaN, NaN));
report('equal(1, 2)', () => assert.equal(1, 2));
report('equal(objects)', () => assert.equal({ a: 1 }, { a: 1 }));
report('equal(strings)', () => assert.equal('hello', 'world', undefined));
report('equal with message', () => assert.equal(1, 2, 'one is not two'));
report('notEqual(1, 2)', () => assert.notEqual(1, 2));
report('notEqual(1, "1")', () => assert.notEqual(1, '1'));
report('notEqual(NaN, NaN)', () => assert.notEqual(NaN, NaN));
report('notEqual(0, false)', () => assert.notEqual(0, false));
