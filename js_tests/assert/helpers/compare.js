'use strict';
// Prints whether deepEqual (loose) and deepStrictEqual accept a pair of values.
const assert = require('assert');

function attempt(fn) {
  try {
    fn();
    return true;
  } catch {
    return false;
  }
}

function check(label, a, b) {
  const loose = attempt(() => assert.deepEqual(a, b));
  const strict = attempt(() => assert.deepStrictEqual(a, b));
  console.log(`${label}: loose ${loose} strict ${strict}`);
}

module.exports = { check };
