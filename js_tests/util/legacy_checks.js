'use strict';
// the legacy util.is* functions node 20 still exports, and _extend / toUSVString / log
const util = require('util');

const values = [undefined, null, 0, '', 's', true, Symbol('x'), 1n, {}, [], () => {}, /r/, new Date(0),
  new Error('e'), Object.create(Error.prototype), { [Symbol.toStringTag]: 'Error' }];
const checks = ['isArray', 'isBoolean', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol',
  'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive'];
for (const value of values) {
  const label = value instanceof Error || typeof value === 'symbol'
    ? `${typeof value} ${value?.constructor?.name}` : util.inspect(value);
  console.log(label.padEnd(24), checks.filter((name) => util[name](value)).join(' '));
}
console.log(util.isArray === Array.isArray);
console.log(util._extend({ a: 1, b: 1 }, { b: 2, c: 3 }), util._extend({ a: 1 }, null), util._extend({ a: 1 }, 'str'));
console.log(JSON.stringify(util.toUSVString('a\ud800b\udc00c\ud83d\ude00')), util.toUSVString(42));
console.log(JSON.stringify(util.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link\u001b]8;;\u0007')));
try {
  util.stripVTControlCharacters(5);
} catch (err) {
  console.log(err.code, err.message);
}
console.log(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), util.isDeepStrictEqual([1], ['1']),
  util.isDeepStrictEqual(new Set([1]), new Set([1])), util.isDeepStrictEqual(NaN, NaN));
console.log(util.format('%s=%d', 'x', 5), util.formatWithOptions({ compact: false }, '%o', [1]).split('\n').length);
console.log(typeof util.inspect, util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
const original = console.log;
let logged;
console.log = (...args) => { logged = util.format(...args); };
util.log('message %d', 7);
console.log = original;
console.log(/^\d{1,2} [A-Z][a-z]{2} \d{2}:\d{2}:\d{2} - message 7$/.test(logged));
