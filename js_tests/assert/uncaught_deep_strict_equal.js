// An uncaught deepStrictEqual failure prints the diff and the values at depth 0.
const assert = require('assert');

assert.deepStrictEqual({ a: 1, nested: { b: [1, 2] } }, { a: 2, nested: { b: [1, 2] } });
