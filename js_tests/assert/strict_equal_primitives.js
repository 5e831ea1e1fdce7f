// strictEqual on primitives: short values print "a !== b", longer ones a diff with a caret.
const assert = require('assert');
const { report } = require('./helpers/report');

report('1, 2', () => assert.strictEqual(1, 2));
report('NaN, NaN', () => assert.strictEqual(NaN, NaN));
report('0, -0', () => assert.strictEqual(0, -0));
report('1, "1"', () => assert.strictEqual(1, '1'));
report('true, null', () => assert.strictEqual(true, null));
report('undefined, null', () => assert.strictEqual(undefined, null));
report('hello world, hello there', () => assert.strictEqual('hello world', 'hello there'));
report('ab..., ac... (caret hidden)', () => assert.strictEqual('abcdefghijkl', 'acdefghijklm'));
report('long string', () => assert.strictEqual('x'.repeat(100), 'y'));
report('symbols', () => assert.strictEqual(Symbol('a'), Symbol('a')));
report('bigint', () => assert.strictEqual(10n, 10));
report('with message', () => assert.strictEqual(1, 2, 'custom text'));
