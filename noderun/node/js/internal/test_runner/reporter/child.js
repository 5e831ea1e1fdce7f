'use strict';
// What a test file's process writes under `--test`: each event as a line of JSON behind a marker,
// for the runner (runner.js) to read back from stdout between the file's own output. An error is
// sent as the text the reporters print for it, made here where the error object lives.

const kMarker = '\u0000noderun-test:';

function portableError(error, nesting) {
  const { inspect } = require('util');
  const cause = error.code === 'ERR_TEST_FAILURE' ? error.cause : error;
  return {
    code: error.code,
    failureType: error.failureType,
    message: error.message,
    cause: cause !== null && typeof cause === 'object'
      ? { name: cause.name, message: cause.message, code: cause.code } : cause,
    rendered: inspect(cause, { colors: false, breakLength: Infinity }),
    inspected: inspect(error),   // (the junit reporter shows the whole error)
    tapYaml: require('internal/test_runner/reporter/tap').errorYaml(nesting, error),
  };
}

class ChildReporter {
  event(type, data) {
    let sent = data;
    if (data.details?.error) {
      sent = { ...data, details: { ...data.details, error: portableError(data.details.error, data.nesting) } };
    }
    return `${kMarker}${JSON.stringify({ type, data: sent })}\n`;
  }

  end() { return ''; }
}

module.exports = { ChildReporter, kMarker };
