// An uncaught AssertionError is printed with its stack and its own properties.
const assert = require('assert');

console.log('before');
assert.strictEqual(1, 2);
console.log('not reached');
