'use strict';
// assert.CallTracker (deprecated since node 20.1, DEP0173): wraps functions to count their
// calls, and verify() throws an AssertionError listing the ones called a wrong number of times.

const { AssertionError } = require('internal/assert/assertion_error');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateUint32 } = require('internal/validators');

const noop = Function.prototype;

// The calls of one tracked function.
class TrackedCalls {
  #expected;
  #calls = [];
  #name;
  #stack;

  constructor(expected, name, stack) {
    this.#expected = expected;
    this.#name = name;
    this.#stack = stack;
  }

  record(thisArg, args) {
    this.#calls.push(Object.freeze({ thisArg, arguments: Object.freeze([...args]) }));
  }

  reset() {
    this.#calls = [];
  }

  calls() {
    return this.#calls.slice();
  }

  // A description of the mismatch, or undefined when the count is right.
  report() {
    const actual = this.#calls.length;
    if (actual === this.#expected) return undefined;
    return {
      message: `Expected the ${this.#name} function to be executed ${this.#expected} time(s) ` +
        `but was executed ${actual} time(s).`,
      actual,
      expected: this.#expected,
      operator: this.#name,
      stack: this.#stack,
    };
  }
}

class CallTracker {
  #all = new Set();
  #byFunction = new WeakMap();

  #trackedCalls(tracked) {
    const calls = this.#byFunction.get(tracked);
    if (calls === undefined) throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    return calls;
  }

  calls(fn, expected = 1) {
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(expected, 'expected', true);
    // eslint-disable-next-line no-restricted-syntax
    const calls = new TrackedCalls(expected, fn.name || 'calls', new Error());
    const tracked = new Proxy(fn, {
      apply(target, thisArg, args) {
        calls.record(thisArg, args);
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.#all.add(calls);
    this.#byFunction.set(tracked, calls);
    return tracked;
  }

  getCalls(tracked) {
    return this.#trackedCalls(tracked).calls();
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const calls of this.#all) calls.reset();
      return;
    }
    this.#trackedCalls(tracked).reset();
  }

  report() {
    const errors = [];
    for (const calls of this.#all) {
      const error = calls.report();
      if (error !== undefined) errors.push(error);
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1
      ? errors[0].message
      : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

// The exported constructor warns once, as node's util.deprecate wrapper does.
let warned = false;
function deprecated(...args) {
  if (!warned) {
    warned = true;
    process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
  }
  return new.target === undefined
    ? Reflect.apply(CallTracker, this, args)
    : Reflect.construct(CallTracker, args, new.target);
}
Object.setPrototypeOf(deprecated, CallTracker);
deprecated.prototype = CallTracker.prototype;

module.exports = { CallTracker: deprecated };
