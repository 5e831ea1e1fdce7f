// A message given to ok() replaces the generated one; an Error given as message is thrown as is.
const assert = require('assert');
const { report } = require('./helpers/report');

report('string message', () => assert.ok(false, 'it was false'));
report('number message', () => assert(0, 42));
report('empty message', () => assert.ok(null, ''));
const own = new TypeError('my own error');
try {
  assert.ok(0, own);
} catch (err) {
  console.log('same error thrown:', err === own, err.name, err.message);
}
report('truthy with message', () => assert.ok(true, 'unused'));
