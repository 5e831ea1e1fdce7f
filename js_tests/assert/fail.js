// fail() with no message, a message, an Error instance, and the deprecated two-value form.
const assert = require('assert');
const { report } = require('./helpers/report');

report('fail()', () => assert.fail());
report('fail(message)', () => assert.fail('boom'));
report('fail(undefined)', () => assert.fail(undefined));
const own = new TypeError('need array');
try {
  assert.fail(own);
} catch (err) {
  console.log('own error thrown:', err === own);
}
report('fail(a, b)', () => assert.fail(1, 2));
report('fail(a, b, message)', () => assert.fail(1, 2, 'fail with message'));
report('fail(a, b, undefined, op)', () => assert.fail(1, 2, undefined, '>'));
