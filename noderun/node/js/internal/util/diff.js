'use strict';
// util.diff(actual, expected): the edit script between two strings (compared character by
// character) or two arrays of strings, as [operation, value] pairs: 0 in both, 1 only in actual,
// -1 only in expected. The same Myers diff as assert's messages.

const { validateString } = require('internal/validators');
const { myersDiff } = require('internal/assert/myers_diff');

// node accepts an array of strings, and says "must be of type string" of anything else.
function validateInput(value, name) {
  if (!Array.isArray(value)) {
    validateString(value, name);
    return;
  }
  for (let i = 0; i < value.length; i++) validateString(value[i], `${name}[${i}]`);
}

function diff(actual, expected) {
  validateInput(actual, 'actual');
  validateInput(expected, 'expected');
  if (actual === expected) return [];
  const asList = (value) => (typeof value === 'string' ? value.split('') : value);
  return myersDiff(asList(actual), asList(expected));
}

module.exports = { diff };
