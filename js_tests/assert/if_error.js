// ifError throws for anything but null and undefined.
const assert = require('assert');
const { report } = require('./helpers/report');

report('null', () => assert.ifError(null));
report('undefined', () => assert.ifError(undefined));
report('error', () => assert.ifError(new Error('bad thing')));
report('error without message', () => assert.ifError(new TypeError()));
report('string', () => assert.ifError('error text'));
report('zero', () => assert.ifError(0));
report('object', () => assert.ifError({ message: 'msg' }));
try {
  const original = new Error('original');
  assert.ifError(original);
} catch (err) {
  const frames = err.stack.split('\n');
  console.log(frames[0]);
  console.log('keeps the original frames:', frames.some((line) => line.includes('if_error.js')));
}
