'use strict';
// What a test body receives (TestContext) and what a describe() body receives (SuiteContext).

const { validateNumber, validateObject, validateFunction } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const kTest = Symbol('kTest');

function lazy() { return require('internal/test_runner/harness'); }

// The file that was run (tests that a module it imports declares included), as node reports it.
function entryFile(test) {
  for (let t = test; t; t = t.parent) if (t.entryFile) return t.entryFile;   // (isolation none)
  const main = process.argv[1];
  return main ? require('path').resolve(main) : test.loc?.file;
}

class TestContext {
  constructor(test) { this[kTest] = test; }

  get signal() { return this[kTest].controller.signal; }
  get name() { return this[kTest].name; }
  get filePath() { return entryFile(this[kTest]); }
  get fullName() { return this[kTest].fullName; }
  get error() { return this[kTest].error; }
  get passed() { return this[kTest].passed; }
  get attempt() { return this[kTest].attempt ?? 0; }

  diagnostic(message) { this[kTest].diagnostics.push(`${message}`); }

  plan(count, options = { __proto__: null }) {
    validateNumber(count, 'count', 1);
    validateObject(options, 'options');
    const { wait = false } = options;
    if (typeof wait !== 'boolean' && typeof wait !== 'number') {
      throw new ERR_INVALID_ARG_TYPE('options.wait', ['boolean', 'number'], wait);
    }
    this[kTest].expectedAssertions = count;
    this[kTest].planWait = wait;
  }

  get assert() {
    const test = this[kTest];
    test.assertObject ??= require('internal/test_runner/assert').makeAssert(test, this);
    return test.assertObject;
  }

  get mock() {
    const test = this[kTest];
    if (!test.mockTracker) {
      const { MockTracker } = require('internal/test_runner/mock');
      test.mockTracker = new MockTracker();   // reset by the test when its after() hooks are done
    }
    return test.mockTracker;
  }

  runOnly(value) { this[kTest].runOnlySubtests = !!value; }

  skip(message) {
    const test = this[kTest];
    test.skipped = true;
    test.skipMessage = message === undefined ? true : message;
  }

  todo(message) {
    const test = this[kTest];
    test.isTodo = true;
    test.todoMessage = message === undefined ? true : message;
  }

  test(name, options, fn) {
    const harness = lazy();
    const loc = harness.callSite(TestContext.prototype.test);
    return harness.createTest(this[kTest], name, options, fn, loc);
  }

  before(fn, options) { addHook(this[kTest], 'before', fn, options); }
  after(fn, options) { addHook(this[kTest], 'after', fn, options); }
  beforeEach(fn, options) { addHook(this[kTest], 'beforeEach', fn, options); }
  afterEach(fn, options) { addHook(this[kTest], 'afterEach', fn, options); }

  // (bad arguments throw at once; the waiting is a promise)
  waitFor(condition, options = {}) {
    validateFunction(condition, 'condition');
    validateObject(options, 'options');
    const { interval = 50, timeout = 1000 } = options;
    validateNumber(interval, 'options.interval', 0, 2147483647);
    validateNumber(timeout, 'options.timeout', 0, 2147483647);
    return poll(condition, interval, timeout);
  }
}

// Calls `condition` every `interval` ms until it returns without throwing (or its promise
// fulfils); rejects once `timeout` ms have passed, whether or not an attempt is still pending.
function poll(condition, interval, timeout) {
  return new Promise((resolve, reject) => {
    let lastError;
    let retry;
    let done = false;
    const deadline = setTimeout(() => {
      done = true;
      clearTimeout(retry);
      const error = new Error('waitFor() timed out');
      if (lastError !== undefined) error.cause = lastError;
      reject(error);
    }, timeout);
    const attempt = () => {
      Promise.resolve().then(condition).then((value) => {
        if (done) return;
        done = true;
        clearTimeout(deadline);
        resolve(value);
      }, (err) => {
        lastError = err;
        if (!done) retry = setTimeout(attempt, interval);
      });
    };
    attempt();
  });
}

class SuiteContext {
  constructor(suite) { this[kTest] = suite; }
  get signal() { return this[kTest].controller.signal; }
  get name() { return this[kTest].name; }
  get fullName() { return this[kTest].fullName; }
  get filePath() { return entryFile(this[kTest]); }
}

// A hook runs in an async context of its own (harness.owners), so that an error thrown later by
// what it started can be reported as the hook's, as node does.
function hookRunner(owner, kind, fn, timeout, loc) {
  const self = { name: kind, hookType: kind, nesting: 0, loc, finished: false };
  const call = async (ctx) => {
    if (fn.length >= 2) {
      await new Promise((resolve, reject) => {
        fn.call(ctx, ctx, (err) => (err ? reject(err) : resolve()));
      });
    } else {
      await fn.call(ctx, ctx);
    }
  };
  return {
    async run(ctx) {
      self.finished = false;
      try {
        await owner.harness.owners.run(self, () => call(ctx));
      } finally {
        self.finished = true;
      }
    },
    timeout,
  };
}

function addHook(owner, kind, fn, options = {}, loc = undefined) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  owner.hooks[kind].push(hookRunner(owner, kind, fn, options.timeout, loc));
}

module.exports = { TestContext, SuiteContext, addHook, kTest };
