// deepStrictEqual's diff for arrays: trailing commas, added and removed entries.
const assert = require('assert');
const { report } = require('./helpers/report');

report('last differs', () => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]));
report('longer expected', () => assert.deepStrictEqual([1, 2], [1, 2, 3]));
report('longer actual', () => assert.deepStrictEqual([1, 2, 3], [1, 2]));
report('inserted', () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 99, 6, 7, 8, 9, 10]));
report('type differs', () => assert.deepStrictEqual([1, '2'], [1, 2]));
report('array vs object', () => assert.deepStrictEqual([], {}));
report('nested arrays', () => assert.deepStrictEqual([[1, [2]], 3], [[1, [2, 3]], 3]));
