// strictEqual on objects compares references: a diff, or "same structure" when they look alike.
const assert = require('assert');
const { report } = require('./helpers/report');

const shared = { a: 1 };
report('same reference', () => assert.strictEqual(shared, shared));
report('equal looking objects', () => assert.strictEqual({ a: 1 }, { a: 1 }));
report('arrays', () => assert.strictEqual([1, 2], [1, 3]));
report('functions', () => assert.strictEqual(function a() {}, function a() {}));
report('object and primitive', () => assert.strictEqual({ a: 1 }, 1));
report('nested', () => assert.strictEqual({ a: { b: [1, 2] } }, { a: { b: [1, 2] }, c: 'x' }));
