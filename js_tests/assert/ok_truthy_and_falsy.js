// assert() and assert.ok() pass on truthy values and throw on every falsy one.
const assert = require('assert');
const { report } = require('./helpers/report');

for (const value of [1, 'a', {}, [], -1, 1n, Symbol('s'), () => 0]) {
  report(`ok(${typeof value})`, () => assert.ok(value));
}
const falsy = [0, -0, '', null, undefined, NaN, false, 0n];
for (const value of falsy) report('assert(value)', () => assert(value));
