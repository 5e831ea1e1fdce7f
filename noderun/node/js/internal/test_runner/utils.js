'use strict';
// Small pieces of the test runner that node's own tests reach as internal/test_runner/utils.

const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');

const kRegExpFlags = 'dgimsuvy';

// A --test-name-pattern / --test-skip-pattern: /source/flags is a regular expression with those
// flags, anything else a regular expression's source. Bad flags get V8's message, as in node.
function convertStringToRegExp(text, name) {
  const match = /^\/(.*)\/([a-z]*)$/s.exec(text);
  if (match === null) return new RegExp(text);
  const [, source, flags] = match;
  const invalidFlags = [...flags].some((flag, i) => !kRegExpFlags.includes(flag) || flags.indexOf(flag) !== i) ||
    (flags.includes('u') && flags.includes('v'));
  try {
    if (invalidFlags) throw new SyntaxError(`Invalid flags supplied to RegExp constructor '${flags}'`);
    return new RegExp(source, flags);
  } catch (error) {
    throw new ERR_INVALID_ARG_VALUE(name, text, `is an invalid regular expression. ${error.message}`);
  }
}

module.exports = { convertStringToRegExp };
