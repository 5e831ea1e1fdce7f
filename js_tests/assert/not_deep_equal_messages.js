// notDeepStrictEqual / notDeepEqual / deepEqual message shapes.
const assert = require('assert');
const { report } = require('./helpers/report');

report('notDeepStrictEqual equal objects', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
report('notDeepStrictEqual short', () => assert.notDeepStrictEqual(1, 1));
report('notDeepStrictEqual passes', () => assert.notDeepStrictEqual({ a: 1 }, { a: '1' }));
report('notDeepEqual same inspection', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
report('notDeepEqual loose match', () => assert.notDeepEqual({ a: 1 }, { a: '1' }));
report('notDeepEqual passes', () => assert.notDeepEqual([1], [2]));
report('deepEqual fails', () => assert.deepEqual({ a: 1 }, { a: 2 }));
report('deepEqual primitives', () => assert.deepEqual(1, 2));
report('deepEqual passes loosely', () => assert.deepEqual({ a: 1, b: [true] }, { a: '1', b: [1] }));
const long = Array.from({ length: 200 }, (_, i) => `item${i}`);
report('deepEqual long values', () => assert.deepEqual(long, []));
