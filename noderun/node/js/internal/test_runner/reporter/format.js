'use strict';
// Pieces the human-readable reporters share: symbols, indentation, a test's result line, its error.

const symbols = {
  __proto__: null,
  'test:fail': '\u2716 ',
  'test:pass': '\u2714 ',
  'test:diagnostic': '\u2139 ',
  'arrow:right': '\u25b6 ',
  'hyphen:minus': '\ufe63 ',
};

function indent(nesting) {
  return '  '.repeat(Math.max(nesting, 0));
}

// The thrown value of a failure (its cause when the runner wrapped it), inspected and indented.
function formatError(error, indentation) {
  if (!error) return '';
  const err = error.code === 'ERR_TEST_FAILURE' ? error.cause : error;
  const text = typeof error.rendered === 'string' ? error.rendered
    : require('util').inspect(err, { colors: false, breakLength: Infinity });
  return `\n${indentation}  ${text.split(/\r?\n/).join(`\n${indentation}  `)}\n`;
}

function directive(data) {
  if (data.skip !== undefined) return ` # ${typeof data.skip === 'string' && data.skip.length ? data.skip : 'SKIP'}`;
  if (data.todo !== undefined) return ` # ${typeof data.todo === 'string' && data.todo.length ? data.todo : 'TODO'}`;
  return '';
}

function formatTestReport(type, data, prefix, indentation, hasChildren, showErrorDetails) {
  const duration = data.details?.duration_ms ? ` (${data.details.duration_ms}ms)` : '';
  const title = `${data.name}${duration}${directive(data)}`;
  const error = showErrorDetails ? formatError(data.details?.error, indentation) : '';
  const detail = hasChildren
    ? (!error || data.details?.error?.failureType === 'subtestsFailed' ? '' : `\n${error}`)
    : error;
  let symbol = symbols[type];
  if (type === 'test:pass' && data.skip !== undefined) symbol = symbols['hyphen:minus'];
  return `${prefix}${indentation}${symbol}${title}${detail}`;
}

module.exports = { symbols, indent, formatError, formatTestReport, directive };
