'use strict';
// the promisified function keeps the original's own properties and prototype
const util = require('util');

function original(a, b, cb) {
  cb(null, a * b);
}
original.extra = 'kept';
Object.defineProperty(original, 'hidden', { value: 42, enumerable: false });
const proto = { fromProto() { return 'proto'; } };
Object.setPrototypeOf(original, proto);

const fn = util.promisify(original);
console.log(fn.name, fn.length, fn.extra, fn.hidden, fn.fromProto());
console.log(Object.getPrototypeOf(fn) === proto);
console.log(Object.keys(fn));
console.log(Object.getOwnPropertyNames(fn).sort());

async function asyncFn() { return 1; }
const fromAsync = util.promisify(asyncFn);
console.log(fromAsync.name, Object.getPrototypeOf(fromAsync) === Object.getPrototypeOf(asyncFn));
fn(6, 7).then((v) => console.log('result', v));
