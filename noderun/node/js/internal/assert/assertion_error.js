'use strict';
// assert.AssertionError: the error every failed assertion throws. Without a message of its own
// it writes one from actual, expected and operator, in node 24's words: for strictEqual,
// deepStrictEqual and partialDeepStrictEqual a "+ actual - expected" diff of the inspected values
// (a Myers line diff, internal/assert/myers_diff.js) or `a !== b` for short primitives, for the
// "not" operators the single inspected value, and `actual <operator> expected` for the rest. A
// message of its own is used as is, except by the diffing operators, which put it above their
// diff. options.diff 'full' keeps long values whole; it is kept as the error's `diff`.

const { inspect } = require('internal/util/inspect');
const { validateObject } = require('internal/validators');
const { myersDiff, printMyersDiff, printSimpleMyersDiff } = require('internal/assert/myers_diff');

const headings = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

const diffingOperators = new Set(['deepStrictEqual', 'strictEqual', 'partialDeepStrictEqual']);

// Two primitives whose inspections (quotes left out) add up to this many characters read as
// `a !== b`.
const kMaxShortLength = 12;
// Inspected values in messages are cut at these lengths (characters) unless diff is 'full'.
const kMaxInspectedLength = 512;
const kMaxIdenticalInspectedLength = 1024;
// Long string `actual` / `expected` are shortened when the error itself is inspected.
const kMaxLongStringLength = 512;
const kMaxInspectedStringLines = 10;
// Lines of an inspection shown before it is cut short.
const kMaxIdenticalLines = 50;

// Node colors the diff when stderr is a terminal that supports colors; it looks again for each
// generated message (a message of the caller's own keeps the last answer).
const colors = { blue: '', green: '', white: '', red: '', gray: '', hasColors: false };

function refreshColors() {
  const stderr = process.stderr;
  if (!stderr?.isTTY) return;
  const on = typeof stderr.hasColors === 'function' && stderr.hasColors();
  colors.blue = on ? '\u001b[34m' : '';
  colors.green = on ? '\u001b[32m' : '';
  colors.white = on ? '\u001b[39m' : '';
  colors.red = on ? '\u001b[31m' : '';
  colors.gray = on ? '\u001b[90m' : '';
  colors.hasColors = on;
}

// The options are fixed so that a program changing inspect.defaultOptions does not hide the
// information the message needs.
function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function isObjectLike(value) {
  return typeof value === 'object' && value !== null;
}

// An Error's stack differs between two otherwise equal errors; a copy with the same prototype,
// own enumerable properties, message and cause keeps it out of the message.
function copyError(source) {
  const target = Object.assign(Object.create(Object.getPrototypeOf(source)), source);
  Object.defineProperty(target, 'message', { value: source.message });
  if (Object.hasOwn(source, 'cause')) {
    let { cause } = source;
    if (cause instanceof Error) cause = copyError(cause);
    Object.defineProperty(target, 'cause', { value: cause });
  }
  return target;
}

function truncate(text, max) {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

// -- the diff of strictEqual / deepStrictEqual / partialDeepStrictEqual ---------------------------

// "+ actual\n- expected", with a caret under the first differing character of two strings that
// fit on a terminal line (not within the first three characters, where it is plain to see).
function stackedDiff(actual, expected, bothStrings) {
  let message = `\n${colors.green}+${colors.white} ${actual}\n${colors.red}- ${colors.white}${expected}`;
  const width = process.stderr?.isTTY ? process.stderr.columns : 80;
  if (bothStrings && actual.length + expected.length <= width) {
    let column = 0;
    while (column < actual.length && actual[column] === expected[column]) column++;
    if (column < actual.length && column >= 3) message += `\n${' '.repeat(column + 2)}^`;
  }
  return message;
}

// Both inspections are one line and at least one value is not an object.
function singleLineDiff(actual, actualLine, expected, expectedLine) {
  let length = actualLine.length + expectedLine.length;
  if (typeof actual === 'string') length -= 2;
  if (typeof expected === 'string') length -= 2;
  if (length <= kMaxShortLength && (actual !== 0 || expected !== 0)) {
    return { message: `${actualLine} !== ${expectedLine}`, header: '' };
  }
  const bothStrings = typeof actual === 'string' && typeof expected === 'string';
  if (bothStrings && colors.hasColors) {
    const script = myersDiff(actualLine.split(''), expectedLine.split(''));
    return {
      message: printSimpleMyersDiff(script, colors),
      header: `${colors.green}actual${colors.white} ${colors.red}expected${colors.white}`,
    };
  }
  return { message: stackedDiff(actualLine, expectedLine, bothStrings) };
}

function createDiffMessage(actual, expected, operator, customMessage, diffMode) {
  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const actualText = inspectValue(actual);
  const expectedText = inspectValue(expected);
  const actualLines = actualText.split('\n');
  const expectedLines = expectedText.split('\n');
  let header = `${colors.green}+ actual${colors.white} ${colors.red}- expected${colors.white}`;
  let skipped = false;
  let message;

  if (actualLines.length === 1 && expectedLines.length === 1 &&
      (!isObjectLike(actual) || !isObjectLike(expected))) {
    const simple = singleLineDiff(actual, actualLines[0], expected, expectedLines[0]);
    message = simple.message;
    if (simple.header !== undefined) header = simple.header;
  } else if (actualText === expectedText) {
    // Equal structure, different identity: the value once.
    operator = 'notIdentical';
    header = '';
    if (actualLines.length > kMaxIdenticalLines && diffMode !== 'full') {
      message = `${actualLines.slice(0, kMaxIdenticalLines).join('\n')}\n...}`;
      skipped = true;
    } else {
      message = actualText;
    }
  } else {
    const script = myersDiff(actualLines, expectedLines, isObjectLike(actual));
    ({ message, skipped } = printMyersDiff(script, operator, colors));
    if (operator === 'partialDeepStrictEqual') {
      header = `${colors.gray}${colors.hasColors ? '' : '+ '}actual${colors.white} ` +
        `${colors.red}- expected${colors.white}`;
    }
  }
  const heading = customMessage || headings[operator];
  return `${heading}\n${header}${skipped ? '\n... Skipped lines' : ''}\n${message}\n`;
}

// -- the other operators ----------------------------------------------------------------------------

// "Expected ... to be unequal": the one inspected value, on its own lines when it is long.
function notEqualMessage(actual, operator, diffMode) {
  let heading = headings[operator];
  if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function')) {
    heading = headings.notStrictEqualObject;
  }
  let lines = inspectValue(actual).split('\n');
  if (lines.length > kMaxIdenticalLines && diffMode !== 'full') {
    lines = [...lines.slice(0, 46), `${colors.blue}...${colors.white}`];
  }
  if (lines.length === 1) return `${heading}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${heading}\n\n${lines.join('\n')}\n`;
}

// deepEqual, notDeepEqual and any other operator (==, !=, fail, ...).
function comparisonMessage(actual, expected, operator, diffMode) {
  let actualText = inspectValue(actual);
  let expectedText = inspectValue(expected);
  const heading = headings[operator];
  const full = diffMode === 'full';
  if (operator === 'notDeepEqual' && actualText === expectedText) {
    const text = `${heading}\n\n${actualText}`;
    return full ? text : truncate(text, kMaxIdenticalInspectedLength);
  }
  if (!full) {
    actualText = truncate(actualText, kMaxInspectedLength);
    expectedText = truncate(expectedText, kMaxInspectedLength);
  }
  if (operator === 'deepEqual') {
    return `${heading}\n\n${actualText}\n\nshould loosely deep-equal\n\n${expectedText}`;
  }
  const unequalHeading = headings[`${operator}Unequal`];
  if (unequalHeading !== undefined) {
    return `${unequalHeading}\n\n${actualText}\n\nshould not loosely deep-equal\n\n${expectedText}`;
  }
  return `${actualText} ${operator} ${expectedText}`;
}

function generatedMessage(actual, expected, operator, diffMode) {
  refreshColors();
  if (isObjectLike(actual) && isObjectLike(expected) && 'stack' in actual && actual instanceof Error &&
      'stack' in expected && expected instanceof Error) {
    actual = copyError(actual);
    expected = copyError(expected);
  }
  if (diffingOperators.has(operator)) return createDiffMessage(actual, expected, operator, undefined, diffMode);
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    return notEqualMessage(actual, operator, diffMode);
  }
  return comparisonMessage(actual, expected, operator, diffMode);
}

// A message of the caller's own; for the diffing operators it replaces the diff's heading.
function givenMessage(message, actual, expected, operator, diffMode) {
  if (diffingOperators.has(operator)) return createDiffMessage(actual, expected, operator, message, diffMode);
  return String(message);
}

function shortenString(text) {
  const lines = text.split('\n', kMaxInspectedStringLines + 1);
  if (lines.length > kMaxInspectedStringLines) {
    return `${lines.slice(0, kMaxInspectedStringLines).join('\n')}\n...`;
  }
  // node keeps the part after the first 512 characters here
  if (text.length > kMaxLongStringLength) return `${text.slice(kMaxLongStringLength)}...`;
  return text;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, details, stackStartFunction, diff = 'simple' } = options;
    const { actual, expected } = options;

    // The stack is captured once below, starting at stackStartFn.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(message != null ? givenMessage(message, actual, expected, operator, diff)
        : generatedMessage(actual, expected, operator, diff));
    } finally {
      Error.stackTraceLimit = limit;
    }

    this.generatedMessage = !message;
    // The stack's header reads "AssertionError [ERR_ASSERTION]: ..." while `name` reads
    // "AssertionError", as in node.
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    this.stack; // eslint-disable-line no-unused-expressions
    this.name = 'AssertionError';
    this.diff = diff;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  // Long string values would drown the message; they are shortened while the error is shown.
  [inspect.custom](recurseTimes, ctx) {
    const { actual, expected } = this;
    if (typeof actual === 'string') this.actual = shortenString(actual);
    if (typeof expected === 'string') this.expected = shortenString(expected);
    try {
      return inspect(this, { ...ctx, customInspect: false, depth: 0 });
    } finally {
      this.actual = actual;
      this.expected = expected;
    }
  }
}

module.exports = { AssertionError, inspectValue };
