'use strict';
if (process.argv[2] !== 'child') return require('./helpers/run_self').runSelf(__filename);
// assert.register() of node:test adds a t.assert method (or replaces one): it runs with the
// TestContext as `this` and counts towards t.plan(); a failing one fails its test. t.assert
// holds node's assert functions plus snapshot and fileSnapshot; t.filePath is the file that ran.
const { test, assert } = require('node:test');
const nodeAssert = require('node:assert');

assert.register('isEven', function(n) {
  nodeAssert.strictEqual(n % 2, 0, `${n} is odd (in ${this.name})`);
});
assert.register('equal', () => 'replaced');

test('custom assertions', (t) => {
  t.plan(3);
  t.assert.isEven(4);
  console.log(t.assert.equal(1, 2));
  t.assert.throws(() => t.assert.isEven(3), /3 is odd \(in custom assertions\)/);
  console.log(Object.keys(t.assert).includes('snapshot'), Object.keys(t.assert).includes('fileSnapshot'));
  console.log(require('path').basename(t.filePath));
});
test('a failing custom assertion', (t) => { t.assert.isEven(7); });
test('bad arguments', () => {
  nodeAssert.throws(() => assert.register(5), { code: 'ERR_INVALID_ARG_TYPE' });
  nodeAssert.throws(() => assert.register('x', 5), { code: 'ERR_INVALID_ARG_TYPE' });
});
