// A diff with more than 50 printed lines stops with "..." lines.
const assert = require('assert');
const { report } = require('./helpers/report');

const actual = Array.from({ length: 120 }, (_, i) => i);
const expected = actual.map((n) => n * 2);
report('long diff', () => assert.deepStrictEqual(actual, expected));
const big = Array.from({ length: 60 }, (_, i) => i);
report('long identical', () => assert.strictEqual(big, [...big]));
report('long notDeepStrictEqual', () => assert.notDeepStrictEqual(big, [...big]));
