// The ESM forms: default export and named exports of node:assert and node:assert/strict.
import assert, { strictEqual, deepStrictEqual, AssertionError } from 'node:assert';
import strict from 'node:assert/strict';
import { equal } from 'assert/strict';

console.log(typeof assert, assert.strictEqual === strictEqual, strict === assert.strict);
console.log(equal === strictEqual, deepStrictEqual === assert.deepStrictEqual);
try {
  equal(1, '1');
} catch (err) {
  console.log(err instanceof AssertionError, JSON.stringify(err.message));
}
try {
  assert.ok(0 > 1);
} catch (err) {
  console.log(JSON.stringify(err.message));
}
