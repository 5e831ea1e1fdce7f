'use strict';
// assert.AssertionError: the error every failed assertion throws. Without a message of its own
// it writes one from actual, expected and operator, in node 20's words: a line diff for the
// strict equality operators (internal/assert/diff.js), the single inspected value for the
// "not" operators, and `actual <operator> expected` for the rest. A message of its own is used
// as is, except by strictEqual and deepStrictEqual, which put it above their diff.

const { inspect } = require('internal/util/inspect');
const { validateObject } = require('internal/validators');
const { createDiffMessage, collapseLines, diffColors } = require('internal/assert/diff');

const headings = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
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

// Inspected values in messages are cut at these lengths (characters).
const kMaxInspectedLength = 512;
const kMaxIdenticalInspectedLength = 1024;
// Long string `actual` / `expected` are shortened when the error itself is inspected.
const kMaxLongStringLength = 512;
const kMaxInspectedStringLines = 10;

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

// An Error's stack differs between two otherwise equal errors; a copy with the same prototype,
// own enumerable properties and message keeps it out of the message.
function copyError(source) {
  const target = Object.create(Object.getPrototypeOf(source));
  for (const key of Object.keys(source)) target[key] = source[key];
  Object.defineProperty(target, 'message', { value: source.message });
  return target;
}

function truncate(text, max) {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

// "Expected ... to be unequal": the one inspected value, on its own lines when it is long.
function notEqualMessage(actual, operator) {
  let heading = headings[operator];
  if (operator === 'notStrictEqual' &&
      ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
    heading = headings.notStrictEqualObject;
  }
  const lines = collapseLines(inspectValue(actual).split('\n'), diffColors());
  if (lines.length === 1) return `${heading}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${heading}\n\n${lines.join('\n')}\n`;
}

// deepEqual, notDeepEqual and any other operator (==, !=, fail, ...).
function comparisonMessage(actual, expected, operator) {
  let actualText = inspectValue(actual);
  let expectedText = inspectValue(expected);
  const heading = headings[operator];
  if (operator === 'notDeepEqual' && actualText === expectedText) {
    return truncate(`${heading}\n\n${actualText}`, kMaxIdenticalInspectedLength);
  }
  actualText = truncate(actualText, kMaxInspectedLength);
  expectedText = truncate(expectedText, kMaxInspectedLength);
  if (operator === 'deepEqual') {
    return `${heading}\n\n${actualText}\n\nshould loosely deep-equal\n\n${expectedText}`;
  }
  const unequalHeading = headings[`${operator}Unequal`];
  if (unequalHeading !== undefined) {
    return `${unequalHeading}\n\n${actualText}\n\nshould not loosely deep-equal\n\n${expectedText}`;
  }
  return `${actualText} ${operator} ${expectedText}`;
}

function generatedMessage(actual, expected, operator) {
  if (actual instanceof Error && expected instanceof Error &&
      typeof actual === 'object' && 'stack' in actual && 'stack' in expected) {
    actual = copyError(actual);
    expected = copyError(expected);
  }
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createDiffMessage(actual, expected, operator, inspectValue, headings);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    return notEqualMessage(actual, operator);
  }
  return comparisonMessage(actual, expected, operator);
}

// A message of the caller's own; for the strict equality operators it replaces the diff's
// heading and the diff follows.
function givenMessage(message, actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createDiffMessage(actual, expected, operator, inspectValue, headings, message);
  }
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
    const { message, operator, stackStartFn, details, stackStartFunction } = options;
    const { actual, expected } = options;

    // The stack is captured once below, starting at stackStartFn.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(message != null ? givenMessage(message, actual, expected, operator)
        : generatedMessage(actual, expected, operator));
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
