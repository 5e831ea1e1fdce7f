'use strict';
// promisify of a non-function: ERR_INVALID_ARG_TYPE naming "original"
const util = require('util');

for (const value of [undefined, null, 1, 'str', {}, [], Symbol('s'), 10n, true]) {
  try {
    util.promisify(value);
    console.log('no error for', typeof value);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
