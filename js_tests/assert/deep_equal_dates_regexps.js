// Dates compare by time; RegExps by source, flags and lastIndex; own properties count too.
const { check } = require('./helpers/compare');
const assert = require('assert');

check('same time', new Date(1000), new Date(1000));
check('different time', new Date(1000), new Date(2000));
check('invalid dates', new Date(NaN), new Date(NaN));
check('date with property', Object.assign(new Date(0), { x: 1 }), new Date(0));
check('same regexp', /ab+c/gi, /ab+c/gi);
check('different flags', /a/g, /a/i);
check('different source', /a/, /b/);
const moved = /a/g;
moved.exec('aaa');
check('different lastIndex', moved, /a/g);
check('regexp vs string', /a/, '/a/');
check('regexp with property', Object.assign(/a/, { x: 1 }), /a/);
try {
  assert.deepStrictEqual(new Date('2020-01-01T00:00:00Z'), new Date('2021-01-01T00:00:00Z'));
} catch (err) {
  console.log(err.message);
}
try {
  assert.deepStrictEqual({ re: /x/g }, { re: /x/m });
} catch (err) {
  console.log(err.message);
}
