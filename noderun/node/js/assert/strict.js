'use strict';
// node:assert/strict: assert.strict, the same object.

module.exports = require('assert').strict;
