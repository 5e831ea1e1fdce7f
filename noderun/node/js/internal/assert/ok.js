'use strict';
// assert.ok's check, shared by assert.ok / assert() / strict() and node:test's t.assert.ok: the
// generated message quotes the call above `fn` in the caller's source.

const { AssertionError } = require('internal/assert/assertion_error');
const { isNativeError } = require('util/types');

function innerOk(fn, argCount, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argCount === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = require('internal/assert/call_source').falsyExpressionMessage(fn);
  } else if (isNativeError(message) || message instanceof Error) {
    throw message;
  }
  const error = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  error.generatedMessage = generatedMessage;
  throw error;
}

module.exports = { innerOk };
