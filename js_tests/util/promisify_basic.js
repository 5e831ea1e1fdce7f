'use strict';
// promisify: the callback's first value resolves, an error rejects, `this` and arguments pass through
const util = require('util');

function add(a, b, cb) {
  setImmediate(() => cb(null, a + b));
}
function fail(cb) {
  cb(new Error('boom'));
}
function several(cb) {
  cb(null, 'first', 'second', 'third');
}
function throwsSync() {
  throw new TypeError('sync throw');
}
const obj = {
  base: 10,
  addBase(n, cb) {
    cb(null, this.base + n);
  },
};

(async () => {
  console.log('add', await util.promisify(add)(2, 3));
  try {
    await util.promisify(fail)();
  } catch (err) {
    console.log('fail', err.message);
  }
  console.log('several', await util.promisify(several)());
  try {
    await util.promisify(throwsSync)();
  } catch (err) {
    console.log('throwsSync', err.name, err.message);
  }
  obj.addBaseAsync = util.promisify(obj.addBase);
  console.log('this', await obj.addBaseAsync(5));
  const p = util.promisify((cb) => cb(0, 'zero error is falsy'))();
  console.log('falsy error resolves', await p);
  console.log('returns promise', util.promisify(add)(1, 1) instanceof Promise);
})();
