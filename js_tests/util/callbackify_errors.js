'use strict';
// callbackify checks its argument, and each call checks that the last argument is a function
const util = require('util');

for (const value of [undefined, 'x', 42, {}]) {
  try {
    util.callbackify(value);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
const cb = util.callbackify(async () => 1);
for (const args of [[], [1], [1, 'notfn'], [null]]) {
  try {
    cb(...args);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
