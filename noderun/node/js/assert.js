'use strict';
// node:assert. The module is the function ok(); every assertion throws an AssertionError
// (internal/assert/assertion_error.js) whose stack starts at the user's call. Deep equality
// comes from internal/util/comparisons.js, shared with util.isDeepStrictEqual.
//
// The assertions are the methods of assert.Assert; the module's own properties are those same
// functions, so called on the module (or on nothing, once destructured) they use the default
// options. An Assert instance carries its options ({ diff, strict, skipPrototype }) under
// kOptions; in strict mode (its default) its loose names are own properties holding the strict
// methods.

const { AssertionError } = require('internal/assert/assertion_error');
const { innerOk } = require('internal/assert/ok');
const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateOneOf } = require('internal/validators');
const { inspect } = require('internal/util/inspect');
const { isDeepEqual, isDeepStrictEqual, isPartialStrictEqual } = require('internal/util/comparisons');
const { isNativeError, isRegExp } = require('util/types');

// What getActual / waitForActual return when nothing was thrown.
const kNoException = {};
const kOptions = Symbol('options');

// The option of the instance a method was called on; the default when it was called on the
// module or on nothing.
function optionOf(self, name, fallback) {
  const options = self?.[kOptions];
  return options?.[name] ?? fallback;
}

function isError(value) {
  return isNativeError(value) || value instanceof Error;
}

function innerFail(details) {
  if (details.message instanceof Error) throw details.message;
  throw new AssertionError(details);
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}
const assert = module.exports = ok;

function Assert(options) {
  if (new.target === undefined) {
    const { codes: { ERR_CONSTRUCT_CALL_REQUIRED } } = require('internal/errors');
    throw new ERR_CONSTRUCT_CALL_REQUIRED('Assert');
  }
  // node checks only `diff`; the other options are taken as given
  if (options?.diff !== undefined) validateOneOf(options.diff, 'options.diff', ['simple', 'full']);
  this.AssertionError = AssertionError;
  Object.defineProperty(this, kOptions, {
    value: { __proto__: null, strict: true, skipPrototype: false, ...(options ?? {}) },
  });
  if (this[kOptions].strict) {
    this.equal = this.strictEqual;
    this.deepEqual = this.deepStrictEqual;
    this.notEqual = this.notStrictEqual;
    this.notDeepEqual = this.notDeepStrictEqual;
  }
}
const methods = Assert.prototype;

let failWarned = false;

methods.fail = function fail(actual, expected, message, operator, stackStartFn) {
  const argCount = arguments.length;
  let internalMessage = false;
  if (actual == null && argCount <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argCount === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!failWarned) {
      failWarned = true;
      process.emitWarning(
        'assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning',
        'DEP0094',
      );
    }
    if (argCount === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const error = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
    diff: optionOf(this, 'diff', 'simple'),
  });
  if (internalMessage) error.generatedMessage = true;
  throw error;
};

// An instance's ok: the same check, with the instance's call as the one quoted in the message.
methods.ok = function ok(...args) {
  innerOk(ok, args.length, ...args);
};

// The comparisons of two values: each needs both arguments and fails with its own operator.
// `passes(actual, expected, skipPrototype)`.
function defineComparison(name, operator, passes) {
  const comparison = {
    [name](actual, expected, message) {
      if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
      if (!passes(actual, expected, optionOf(this, 'skipPrototype', false))) {
        innerFail({
          actual, expected, message, operator, stackStartFn: comparison, diff: optionOf(this, 'diff', 'simple'),
        });
      }
    },
  }[name];
  methods[name] = comparison;
}

/* eslint-disable eqeqeq */
defineComparison('equal', '==',
  (a, b) => a == b || (Number.isNaN(a) && Number.isNaN(b)));
defineComparison('notEqual', '!=',
  (a, b) => !(a == b || (Number.isNaN(a) && Number.isNaN(b))));
/* eslint-enable eqeqeq */
defineComparison('deepEqual', 'deepEqual', isDeepEqual);
defineComparison('notDeepEqual', 'notDeepEqual', (a, b) => !isDeepEqual(a, b));
defineComparison('deepStrictEqual', 'deepStrictEqual', isDeepStrictEqual);
defineComparison('notDeepStrictEqual', 'notDeepStrictEqual',
  (a, b, skipPrototype) => !isDeepStrictEqual(a, b, skipPrototype));
defineComparison('strictEqual', 'strictEqual', Object.is);
defineComparison('notStrictEqual', 'notStrictEqual', (a, b) => !Object.is(a, b));
defineComparison('partialDeepStrictEqual', 'partialDeepStrictEqual', isPartialStrictEqual);

// The key-by-key view of a thrown error and a validation object, used to show only the keys
// that were compared. A RegExp in `expected` that matches stands in as the actual string.
class Comparison {
  constructor(source, keys, actual) {
    for (const key of keys) {
      if (!(key in source)) continue;
      if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(source[key]) &&
          source[key].exec(actual[key]) !== null) {
        this[key] = actual[key];
      } else {
        this[key] = source[key];
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const error = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
    });
    error.actual = actual;
    error.expected = expected;
    error.operator = fn.name;
    throw error;
  }
  innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
}

// Checks a thrown (or rejected) value against the `error` argument of throws / rejects: a
// RegExp, an object of expected properties, an Error class or a validation function.
function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const text = String(actual);
      if (expected.exec(text) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(text)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const error = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
      error.operator = fn.name;
      throw error;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            expected[key].exec(actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = actual.constructor?.name || actual.name;
        message += expected.name === name
          ? 'an error with identical name but a different prototype.'
          : `"${name}"`;
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    const result = Reflect.apply(expected, {}, [actual]);
    if (result === true) return;
    if (!message) {
      generatedMessage = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". Received ${inspect(result)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }
  const error = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  error.generatedMessage = generatedMessage;
  throw error;
}

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (error) {
    return error;
  }
  return kNoException;
}

function isPromiseLike(value) {
  return value instanceof Promise ||
    (value !== null && typeof value === 'object' &&
     typeof value.then === 'function' && typeof value.catch === 'function');
}

async function waitForActual(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isPromiseLike(promise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', promise);
    }
  } else if (isPromiseLike(promiseFn)) {
    promise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return kNoException;
}

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT(
          'error/message', `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === kNoException) {
    let details = error?.name ? ` (${error.name})` : '';
    details += message ? `: ${message}` : '.';
    const kind = stackStartFn === methods.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${kind}${details}`,
      stackStartFn,
    });
  }
  if (error) expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return expected.exec(String(actual)) !== null;
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === kNoException) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const kind = stackStartFn === methods.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${kind}${details}\nActual message: "${actual?.message}"`,
      stackStartFn,
    });
  }
  throw actual;
}

methods.throws = function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
};

methods.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
};

methods.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
};

methods.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
};

// The new error's stack ends with the original error's frames, without the frames they share.
function appendOriginalFrames(newError, originalStack) {
  const framesStart = originalStack.indexOf('\n    at');
  if (framesStart === -1) return;
  const originalFrames = originalStack.slice(framesStart + 1).split('\n');
  let newFrames = newError.stack.split('\n');
  for (const frame of originalFrames) {
    const position = newFrames.indexOf(frame);
    if (position !== -1) {
      newFrames = newFrames.slice(0, position);
      break;
    }
  }
  newError.stack = `${newFrames.join('\n')}\n${originalFrames.join('\n')}`;
}

methods.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
  } else {
    message += inspect(err);
  }
  const newError = new AssertionError({
    actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError, diff: optionOf(this, 'diff', 'simple'),
  });
  if (typeof err.stack === 'string') appendOriginalFrames(newError, err.stack);
  throw newError;
};

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const wantMatch = fn === methods.match;
  if (typeof string === 'string' && (regexp.exec(string) !== null) === wantMatch) return;
  if (message instanceof Error) throw message;
  const generatedMessage = !message;
  if (!message) {
    if (typeof string !== 'string') {
      message = 'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})`;
    } else {
      message = (wantMatch
        ? 'The input did not match the regular expression '
        : 'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
    }
  }
  const error = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
  error.generatedMessage = generatedMessage;
  throw error;
}

methods.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

methods.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

// The module's own properties, in node's order.
assert.AssertionError = AssertionError;
assert.CallTracker = require('internal/assert/calltracker').CallTracker;
assert.ok = ok;
for (const name of ['fail', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual',
  'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'partialDeepStrictEqual', 'match', 'doesNotMatch',
  'throws', 'rejects', 'doesNotThrow', 'doesNotReject', 'ifError']) {
  assert[name] = methods[name];
}

// assert.strict: the same API with the strict comparisons under the loose names.
function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.Assert = Assert;
strict.Assert = Assert;
strict.strict = strict;
