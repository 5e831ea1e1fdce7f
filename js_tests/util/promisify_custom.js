'use strict';
// util.promisify.custom: the registered symbol, used as is and marked on the result
const util = require('util');

console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
console.log(typeof util.promisify.custom, util.promisify.custom.toString());

function legacy(cb) {
  cb(null, 'legacy');
}
const custom = () => Promise.resolve('custom');
legacy[util.promisify.custom] = custom;
const promisified = util.promisify(legacy);
console.log('custom used', promisified === custom);
console.log('marked', custom[util.promisify.custom] === custom);
const desc = Object.getOwnPropertyDescriptor(custom, util.promisify.custom);
console.log(desc.enumerable, desc.writable, desc.configurable);

function plain(cb) {
  cb(null, 1);
}
const once = util.promisify(plain);
console.log('idempotent', util.promisify(once) === once);
console.log('own symbol', once[util.promisify.custom] === once);

function bad(cb) {}
bad[util.promisify.custom] = 'not a function';
try {
  util.promisify(bad);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
promisified().then((v) => console.log('resolved', v));
