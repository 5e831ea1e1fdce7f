// throws(fn, Class): passes for instances, fails with the class names otherwise.
const assert = require('assert');
const { report } = require('./helpers/report');

report('TypeError matches Error', () => assert.throws(() => { throw new TypeError('x'); }, Error));
report('TypeError vs RangeError', () => assert.throws(() => { throw new TypeError('bad type'); }, RangeError));
class MyError extends Error {}
report('same name other prototype', () => {
  assert.throws(() => { throw Object.assign(new Error('m'), { name: 'MyError' }); }, MyError);
});
report('non-error thrown', () => assert.throws(() => { throw 'a string'; }, TypeError));
report('object thrown', () => assert.throws(() => { throw { a: 1 }; }, TypeError));
report('no error message', () => assert.throws(() => { throw new TypeError(); }, RangeError));
report('custom message', () => assert.throws(() => { throw new TypeError('x'); }, RangeError, 'wanted RangeError'));
report('returns nothing', () => console.log(assert.throws(() => { throw new Error(); })));
