// deepStrictEqual's "+ actual - expected" diff for objects.
const assert = require('assert');
const { report } = require('./helpers/report');

report('one key', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }));
report('missing key', () => assert.deepStrictEqual({ a: 1, b: 2, c: 3 }, { a: 1, b: 2 }));
report('extra key', () => assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2 }));
report('keys are sorted', () => assert.deepStrictEqual({ z: 1, a: 2, m: 3 }, { m: 3, a: 2, z: 0 }));
report('nested', () => assert.deepStrictEqual(
  { user: { name: 'ann', roles: ['admin', 'dev'], age: 30 } },
  { user: { name: 'ann', roles: ['admin'], age: 31 } }));
report('strings in objects', () => assert.deepStrictEqual({ s: 'it\'s' }, { s: 'its' }));
report('passes', () => assert.deepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }));
