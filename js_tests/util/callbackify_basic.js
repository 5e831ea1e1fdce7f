'use strict';
// callbackify: the resolved value or rejection reaches the callback on a later tick
const util = require('util');

async function double(n) {
  return n * 2;
}
async function reject(msg) {
  throw new Error(msg);
}
const cbDouble = util.callbackify(double);
const cbReject = util.callbackify(reject);
console.log(cbDouble.name, cbDouble.length, cbReject.name, cbReject.length);

cbDouble(21, function (err, value) {
  console.log('double', err, value, this === undefined ? 'undefined this' : typeof this);
});
cbReject('nope', (err, value) => {
  console.log('reject', err instanceof Error, err.message, value);
});

const obj = {
  factor: 3,
  async times(n) { return n * this.factor; },
};
obj.timesCb = util.callbackify(obj.times);
obj.timesCb(5, function (err, value) {
  console.log('this kept', err, value, this === obj);
});

process.nextTick(() => console.log('first nextTick'));
Promise.resolve().then(() => console.log('first microtask'));
console.log('sync end');
