// Strings are compared as inspected values: escapes show and the caret marks the first change.
const assert = require('assert');
const { report } = require('./helpers/report');

report('newline strings', () => assert.strictEqual('a\nb\nc', 'a\nB\nc'));
report('prefix', () => assert.strictEqual('abcdefgh', 'abcdefghij'));
report('quotes', () => assert.strictEqual("it's here", 'its here'));
report('deep strings', () => assert.deepStrictEqual(['line one', 'line two'], ['line one', 'line 2']));
const long1 = 'The quick brown fox jumps over the lazy dog. '.repeat(3);
report('long strings', () => assert.strictEqual(long1, long1.replace('lazy', 'busy')));
