'use strict';
// util.types is node:util/types; each predicate's name and length are as in node
const util = require('util');
const types = require('util/types');
const typesPrefixed = require('node:util/types');

console.log(util.types === types, types === typesPrefixed);
console.log(Object.keys(types).length);
for (const [key, fn] of Object.entries(types)) {
  console.log(key, typeof fn, fn.name, fn.length);
}
console.log(types.isArrayBufferView === ArrayBuffer.isView);
console.log(util.isRegExp === types.isRegExp, util.isDate === types.isDate);
