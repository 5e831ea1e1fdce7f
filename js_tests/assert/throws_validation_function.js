// throws(fn, validate): passes when the function returns true.
const assert = require('assert');
const { report } = require('./helpers/report');

const thrower = () => { throw new Error('Wrong value'); };
report('returns true', () => assert.throws(thrower, (err) => err instanceof Error && /value/.test(err)));
report('returns truthy', () => assert.throws(thrower, function validate() { return 1; }));
report('returns false anonymous', () => assert.throws(thrower, () => false));
report('non-error thrown', () => assert.throws(() => { throw 5; }, function check(v) { return v === 6; }));
report('validator throws', () => assert.throws(thrower, () => { throw new RangeError('from validator'); }));
