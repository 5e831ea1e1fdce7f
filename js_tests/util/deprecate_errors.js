'use strict';
// deprecate validates `code`; a fn that cannot be a prototype fails as Object.setPrototypeOf does
const util = require('util');

for (const code of [5, null, {}, true]) {
  try {
    util.deprecate(() => {}, 'msg', code);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
for (const fn of [undefined, 'abc', 12]) {
  try {
    util.deprecate(fn, 'msg');
  } catch (err) {
    console.log(err.name, err.message);
  }
}
console.log(typeof util.deprecate({ prototype: null }, 'msg'));
