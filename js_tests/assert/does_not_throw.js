// doesNotThrow passes when nothing is thrown; rethrows what does not match the expectation.
const assert = require('assert');
const { report } = require('./helpers/report');

report('nothing thrown', () => assert.doesNotThrow(() => 1));
report('thrown', () => assert.doesNotThrow(() => { throw new TypeError('Wrong value'); }));
report('thrown with message', () => assert.doesNotThrow(() => { throw new TypeError('Wrong value'); }, 'Whoops'));
report('matching class', () => assert.doesNotThrow(() => { throw new TypeError('Wrong value'); }, TypeError));
report('matching class and message', () => {
  assert.doesNotThrow(() => { throw new TypeError('Wrong value'); }, TypeError, 'Whoops');
});
report('matching regexp', () => assert.doesNotThrow(() => { throw new Error('bad'); }, /bad/));
report('other class rethrown', () => assert.doesNotThrow(() => { throw new RangeError('orig'); }, TypeError));
report('validation function', () => assert.doesNotThrow(() => { throw new Error('v'); }, () => true));
report('thrown primitive', () => assert.doesNotThrow(() => { throw 42; }));
