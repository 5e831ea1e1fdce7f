'use strict';
// The JS half of type stripping (loader/typescript.py strips the types): node's error for
// TypeScript that cannot run as it is. Its stack starts with node's snippet of the offending lines
// ("file:line", the lines, carets), which takes the place of the source line printed above an
// uncaught error, so none is printed.

const { codes } = require('internal/errors');
const { kLocation } = require('internal/process/execution');

function makeTypeScriptError(code, message, hints) {
  const error = new codes[code](message);
  error.stack = `${hints}\n${error.stack}`;
  Object.defineProperty(error, kLocation, { value: undefined, configurable: true, writable: true });
  return error;
}

// -e / stdin code that is neither JavaScript nor TypeScript: node throws the JavaScript error with
// the TypeScript message above it.
function addTypeScriptHint(error, message) {
  if (error !== null && typeof error === 'object') error.stack = `${message}\n\n${error.stack}`;
}

module.exports = { makeTypeScriptError, addTypeScriptHint };
