'use strict';
// The errors a failed test carries: ERR_TEST_FAILURE with the kind of failure (`failureType`) and
// what went wrong (`cause`: the thrown value, or a sentence such as "1 subtest failed").

const { codes: { ERR_TEST_FAILURE } } = require('internal/errors');

const kFailure = {
  __proto__: null,
  testCode: 'testCodeFailure',
  hook: 'hookFailure',
  subtests: 'subtestsFailed',
  cancelled: 'cancelledByParent',
  timeout: 'testTimeoutFailure',
  aborted: 'testAborted',
  uncaught: 'uncaughtException',
  unhandled: 'unhandledRejection',
};

// (as node's: the message is the cause's, and the stack has no frames of the runner's own)
function testFailure(cause, failureType) {
  const error = new ERR_TEST_FAILURE();
  error.message = `${cause?.message ?? cause}`;
  error.stack = `${error.name} [${error.code}]: ${error.message}`;
  error.failureType = failureType;
  error.cause = cause;
  return error;
}

function cancelledError(cause = 'test did not finish before its parent and was cancelled') {
  return testFailure(cause, kFailure.cancelled);
}

function timeoutError(ms) {
  return testFailure(`test timed out after ${ms}ms`, kFailure.timeout);
}

function isCancelled(error) {
  return error?.failureType === kFailure.cancelled;
}

module.exports = { kFailure, testFailure, cancelledError, timeoutError, isCancelled };
