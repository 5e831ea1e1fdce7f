// util.inspect of an AssertionError: its own properties at depth 0, long strings shortened.
const assert = require('assert');
const util = require('util');

function inspectedProperties(fn) {
  try {
    fn();
  } catch (err) {
    const text = util.inspect(err);
    console.log(text.slice(text.indexOf(' {\n  generatedMessage')));
  }
}

inspectedProperties(() => assert.deepStrictEqual({ a: 1, nested: { b: [1, 2] } }, { a: 2, nested: { b: [1, 2] } }));
inspectedProperties(() => assert.strictEqual('x'.repeat(600), 'y'));
inspectedProperties(() => assert.strictEqual('a\n'.repeat(20), 'short'));
inspectedProperties(() => assert.ok(null, 'custom'));
