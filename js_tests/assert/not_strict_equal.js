// notStrictEqual prints the one value: inline when short, on its own lines otherwise.
const assert = require('assert');
const { report } = require('./helpers/report');

report('2, 2', () => assert.notStrictEqual(2, 2));
report('1, 2', () => assert.notStrictEqual(1, 2));
report('NaN, NaN', () => assert.notStrictEqual(NaN, NaN));
report('0, -0', () => assert.notStrictEqual(0, -0));
report('long string', () => assert.notStrictEqual('a longer string', 'a longer string'));
const obj = { a: 1, b: [1, 2] };
report('same object', () => assert.notStrictEqual(obj, obj));
report('function', () => assert.notStrictEqual(report, report));
report('with message', () => assert.notStrictEqual(1, 1, 'should differ'));
