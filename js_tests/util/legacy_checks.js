'use strict';
// node 23 removed the legacy util.is* checks and util.log; isArray and _extend remain as deprecated
// wrappers (DEP0044, DEP0060), next to toUSVString, stripVTControlCharacters and isDeepStrictEqual
const util = require('util');

const removed = ['isBoolean', 'isBuffer', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol',
  'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive', 'log'];
console.log('removed:', removed.filter((name) => !(name in util)).length, 'of', removed.length);
process.on('warning', (w) => console.log('warning:', w.code, w.message));

console.log(util.isArray === Array.isArray, util.isArray.name, util.isArray.length);
console.log(util.isArray([]), util.isArray({ length: 0 }), util.isArray(new Uint8Array(1)));
console.log(util._extend.name, util._extend.length);
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
console.log('sync end');
