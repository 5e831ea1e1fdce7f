// throws(fn, object): each key must deep-equal, or match a RegExp for string values.
const assert = require('assert');
const { report } = require('./helpers/report');

const thrower = () => {
  const err = new TypeError('Wrong value');
  err.code = 404;
  err.info = { nested: true, list: [1, 2] };
  throw err;
};
report('all keys match', () => assert.throws(thrower, { name: 'TypeError', message: 'Wrong value', code: 404 }));
report('message regexp', () => assert.throws(thrower, { message: /^Wrong/, name: /Type/ }));
report('nested value', () => assert.throws(thrower, { info: { nested: true, list: [1, 2] } }));
report('message differs', () => assert.throws(thrower, { message: 'Right value', code: 404 }));
report('regexp fails', () => assert.throws(thrower, { message: /right/, name: 'TypeError' }));
report('missing key', () => assert.throws(thrower, { missing: undefined }));
report('with custom message', () => assert.throws(thrower, { code: 500 }, 'code should be 500'));
report('error instance', () => assert.throws(thrower, new TypeError('Wrong value')));
report('error instance differs', () => assert.throws(thrower, new RangeError('Wrong value')));
report('primitive thrown', () => assert.throws(() => { throw 'text'; }, { message: 'text' }));
report('constructor key', () => assert.throws(thrower, { constructor: TypeError, code: 404 }));
