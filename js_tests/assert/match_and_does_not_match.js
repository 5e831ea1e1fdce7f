// match / doesNotMatch against strings and their errors.
const assert = require('assert');
const { report } = require('./helpers/report');

report('match passes', () => assert.match('I will pass', /pass/));
report('match fails', () => assert.match('I will fail', /pass/));
report('match non-string', () => assert.match(123, /123/));
report('match with message', () => assert.match('abc', /x/, 'no x'));
report('doesNotMatch passes', () => assert.doesNotMatch('I will pass', /different/));
report('doesNotMatch fails', () => assert.doesNotMatch('I will fail', /fail/));
report('doesNotMatch non-string', () => assert.doesNotMatch({}, /x/));
report('doesNotMatch bad regexp', () => assert.doesNotMatch('x', null));
const own = new RangeError('own');
try {
  assert.match('a', /b/, own);
} catch (err) {
  console.log('own error thrown:', err === own);
}
