'use strict';
// The JS half of type stripping (loader/typescript.py strips the types): node's error for
// TypeScript that cannot run as it is. Its stack starts with node's snippet of the offending lines
// ("file:line", the lines, carets), which takes the place of the source line printed above an
// uncaught error, so none is printed.

const { codes } = require('internal/errors');
const { ERR_METHOD_NOT_IMPLEMENTED } = codes;
const {
  validateBoolean, validateObject, validateOneOf, validateString,
} = require('internal/validators');
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

// module.stripTypeScriptTypes(code, { mode, sourceMap, sourceUrl }) of node 24 (experimental),
// strip mode only: 'transform' needs a TypeScript compiler's output (enums, namespaces).
let warned = false;

function stripTypeScriptTypes(code, options = {}) {
  if (!warned) {
    warned = true;
    process.emitWarning('stripTypeScriptTypes is an experimental feature and might change at any time',
                        'ExperimentalWarning');
  }
  validateString(code, 'code');
  validateObject(options, 'options');
  const { mode = 'strip', sourceMap = false, sourceUrl = '' } = options;
  validateOneOf(mode, 'options.mode', ['strip', 'transform']);
  validateBoolean(sourceMap, 'options.sourceMap');
  validateString(sourceUrl, 'options.sourceUrl');
  if (mode === 'transform') {
    throw new ERR_METHOD_NOT_IMPLEMENTED("stripTypeScriptTypes({ mode: 'transform' })");
  }
  validateOneOf(sourceMap, 'options.sourceMap', [false, undefined]);
  const stripped = host.stripTypeScriptTypes(code, sourceUrl);
  return sourceUrl ? `${stripped}\n\n//# sourceURL=${sourceUrl}` : stripped;
}

module.exports = { makeTypeScriptError, addTypeScriptHint, stripTypeScriptTypes };
