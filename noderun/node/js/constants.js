'use strict';
// node:constants (deprecated in node, still loaded by old code): every constant table in one object.

const { dlopen, errno, priority, signals, fs, crypto } = require('internal/constants');

const merged = Object.assign({}, dlopen, errno, priority, signals, fs, crypto);
delete merged.defaultCipherList;   // node's crypto.constants has it; node:constants does not
module.exports = merged;
