'use strict';
// The tree of tests node:test runs (node's doc/api/test.md): Test (a test() / it() / t.test()),
// Suite (a describe() / suite(), whose body runs at once and declares its children) and the root.
// A test runs its hooks and body, then waits for its subtests; results are reported in the order
// the tests were declared, each as soon as it and every sibling declared before it are done.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateNumber, validateUint32, validateAbortSignal } = require('internal/validators');
const { kFailure, testFailure, cancelledError, timeoutError } = require('internal/test_runner/failures');
const { TestContext, SuiteContext } = require('internal/test_runner/context');

const kDefaultTimeout = Infinity;
let nextTestNumber = 1;

// Only the known fields are checked (node accepts any value as the options argument).
function validateTestOptions(options) {
  const { concurrency, timeout, signal, plan } = options;
  if (concurrency !== undefined && concurrency !== null &&
      typeof concurrency !== 'boolean' && typeof concurrency !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('options.concurrency', ['boolean', 'number'], concurrency);
  }
  if (typeof concurrency === 'number') validateUint32(concurrency, 'options.concurrency', true);
  if (timeout !== undefined && timeout !== null && timeout !== Infinity) {
    validateNumber(timeout, 'options.timeout', 0, 2147483647);
  }
  if (signal !== undefined && signal !== null) validateAbortSignal(signal, 'options.signal');
  if (plan !== undefined && plan !== null) validateNumber(plan, 'options.plan', 0, 2147483647);
}

// test(name?, options?, fn?) in any of node's argument orders.
function parseTestArgs(name, options, fn) {
  if (typeof name === 'function') { fn = name; name = fn.name; options = {}; } else if (name !== null &&
      typeof name === 'object') { fn = typeof options === 'function' ? options : fn; options = name; name = fn?.name; } else if (typeof options === 'function') { fn = options; options = {}; }
  if (options === null || typeof options !== 'object') options = {};
  validateTestOptions(options);
  if (typeof fn !== 'function') fn = noop;
  if (name === undefined || name === null || name === '') name = '<anonymous>';
  return { name: `${name}`, options, fn };
}

function noop() {}

function now() { return process.hrtime.bigint(); }

// Milliseconds between two now() readings, as node reports them (nanoseconds / 1e6).
function elapsedMs(start, end = now()) { return Number(end - start) / 1e6; }

class Test {
  constructor({ name, fn, options = {}, parent = null, loc = undefined, harness }) {
    this.name = name;
    this.fn = fn;
    this.parent = parent;
    this.harness = harness ?? parent?.harness;
    this.nesting = parent ? parent.nesting + 1 : -1;
    this.loc = loc;
    this.subtests = [];
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.only = options.only === true;
    this.skipped = options.skip !== undefined && options.skip !== false;
    this.skipMessage = options.skip;
    this.isTodo = options.todo !== undefined && options.todo !== false;
    this.todoMessage = options.todo;
    if (!this.isTodo && parent?.isTodo && parent.isSuite) {   // the tests of a todo suite are todo
      this.isTodo = true;
      this.todoMessage = true;
    }
    this.timeout = options.timeout ?? parent?.childTimeout ?? this.harness?.defaultTimeout ?? kDefaultTimeout;
    this.childTimeout = options.timeout === undefined ? parent?.childTimeout : options.timeout;
    this.concurrency = options.concurrency === true ? Infinity
      : (typeof options.concurrency === 'number' ? options.concurrency : 1);
    this.signalOption = options.signal;
    this.expectedAssertions = options.plan;
    this.actualAssertions = 0;
    this.controller = new AbortController();
    this.diagnostics = [];
    this.error = null;
    this.passed = false;
    this.finished = false;
    this.started = false;
    this.reportedStart = false;
    this.reported = false;
    this.runOnlySubtests = false;
    this.nextToReport = 0;
    this.running = 0;
    this.queue = [];
    this.startTime = 0n;
    this.endTime = 0n;
    this.donePromise = new Promise((resolve) => { this.resolveDone = resolve; });
    if (this.harness?.rerun && parent !== null) this.checkPassedBefore(this.harness.rerun);
    if (this.only && this.harness) {
      this.harness.sawOnly = true;
      for (let t = parent; t !== null; t = t.parent) t.hasOnlyDescendant = true;
    }
    // a test kept by the name patterns keeps its ancestors (a suite with no test kept is left out)
    this.filteredByName = this.harness ? this.harness.isFilteredByName(this) : false;
    if (!this.filteredByName) {
      for (let t = parent; t !== null && t.filteredByName; t = t.parent) t.filteredByName = false;
    }
  }

  // --test-rerun-failures: a test that passed in the newest recorded run passes now without running
  // (a suite's body does not run either).
  checkPassedBefore(rerun) {
    this.attempt = rerun.attempt;
    const entry = this.loc ? rerun.passedBefore(this.loc) : undefined;
    if (entry === undefined) return;
    this.fn = noop;
    this.passedOnAttempt = entry.passed_on_attempt;
  }

  get fullName() {
    if (this.parent === null) return '<root>';
    const names = [];
    for (let t = this; t && t.parent; t = t.parent) names.unshift(t.name);
    return names.join(' > ');
  }

  get isSuite() { return false; }

  // Declares a child; it starts when the concurrency allows, and reports in declaration order.
  createSubtest(Kind, name, options, fn, loc) {
    const child = new Kind({ name, fn, options, parent: this, loc });
    child.index = this.subtests.length;
    child.declaredAfterAFinishedSibling = this.subtests.some((t) => t.finished && !t.filtered && !t.skipped);
    this.subtests.push(child);
    if (child.filteredByName) child.filtered = true;
    if (child.filtered) {
      child.finished = true;
      child.resolveDone();
      this.maybeReportChildren();
      return child;
    }
    this.harness.countDeclared(child);
    if (this.finished) {
      child.fail(testFailure('test could not be started because its parent finished', 'parentAlreadyFinished'));
      child.finish();
      return child;
    }
    this.enqueue(child);
    return child;
  }

  enqueue(child) {
    this.queue.push(child);
    this.startQueued();
  }

  // The queued children, in order, once this test may start them: each is announced
  // (test:enqueue) and starts now if the concurrency allows (test:dequeue), else waits. As in
  // node, a child that had to wait is dequeued with its parent's type.
  startQueued() {
    if (!this.canStartChildren()) return;
    for (let i = 0; i < this.queue.length;) {
      const child = this.queue[i];
      if (this.leavesOut(child)) {
        this.queue.splice(i, 1);
        child.filtered = true;
        child.finished = true;
        child.resolveDone();
        this.maybeReportChildren();
        continue;
      }
      const waited = child.enqueued;
      if (!waited) {
        child.enqueued = true;
        child.testNumber = this.enqueuedCount = (this.enqueuedCount ?? 0) + 1;
        this.harness.emit('test:enqueue', child.queueEventData(child.reportedType));
      }
      if (this.running >= this.concurrency) {
        i++;
        continue;
      }
      this.queue.splice(i, 1);
      this.harness.emit('test:dequeue', child.queueEventData(waited ? this.reportedType : child.reportedType));
      this.running++;
      child.start().then(() => {
        this.running--;
        this.startQueued();
      });
    }
  }

  get reportedType() { return this.isSuite ? 'suite' : 'test'; }

  canStartChildren() { return this.started; }

  // `only`: once a test in the file has it, only those tests, their ancestors and what they
  // contain run (the others are not reported); t.runOnly(true) keeps only a test's `only` subtests.
  leavesOut(child) {
    if (this.runOnlySubtests && !child.only) return true;
    if (!this.harness.sawOnly || child.only || child.hasOnlyDescendant) return false;
    for (let t = this; t.parent !== null; t = t.parent) if (t.only) return false;
    return true;
  }

  start() {
    this.started = true;
    return this.run();
  }

  abortSignals() {
    const signals = [this.controller.signal];
    if (this.signalOption) signals.push(this.signalOption);
    return signals;
  }

  async run() {
    this.startTime = now();
    const ctx = new TestContext(this);
    if (this.skipped) {
      this.passed = true;
      this.startQueued();
      return this.finish();
    }
    const signal = this.signalOption;
    try {
      if (signal?.aborted) throw cancelledError(signal.reason);
      await this.runEachHooks('beforeEach', ctx);
      if (this.skipped) {
        this.passed = true;
        return this.finish();
      }
      this.startQueued();
      this.harness.running.add(this);
      await this.withTimeout(this.callBody(ctx));
      await this.waitForPlan();
    } catch (err) {
      this.fail(err instanceof Error && err.code === 'ERR_TEST_FAILURE' ? err : testFailure(err, kFailure.testCode));
    }
    await this.settleSubtests();
    if (!this.skipped) await this.runEachHooks('afterEach', ctx);
    await this.runOwnHooks('after', ctx);
    this.mockTracker?.reset();
    this.checkPlan();
    return this.finish();
  }

  // The body runs in the test's async context (harness.owners): an error thrown later by
  // what it started is the test's, or, once the test has ended, reported as node reports it.
  callBody(ctx) {
    return this.harness.owners.run(this, () => this.callBodyNow(ctx));
  }

  callBodyNow(ctx) {
    const { fn } = this;
    if (fn.length >= 2) {
      return new Promise((resolve, reject) => {
        let called = false;
        const done = (err) => {
          if (called) {
            this.harness.lateFailure(this, testFailure('callback invoked multiple times', 'multipleCallbackInvocations'));
            return;
          }
          called = true;
          if (err) reject(err); else resolve();
        };
        const result = fn.call(ctx, ctx, done);
        if (result && typeof result.then === 'function') {
          result.then(() => {}, () => {});
          reject(testFailure('passed a callback but also returned a Promise', 'callbackAndPromisePresent'));
        }
      });
    }
    const result = fn.call(ctx, ctx);
    if (result && typeof result.then === 'function') {
      return Promise.resolve(result).finally(() => { this.bodyDone = true; });
    }
    this.bodyDone = true;
    return result;
  }

  withTimeout(promise) {
    const signals = this.abortSignals();
    return new Promise((resolve, reject) => {
      let timer;
      const onAbort = (event) => {
        const source = event?.target;
        reject(source === this.signalOption ? cancelledError(source.reason) : source.reason);
      };
      const cleanup = () => {
        if (timer) clearTimeout(timer);
        for (const s of signals) s.removeEventListener('abort', onAbort);
      };
      for (const s of signals) s.addEventListener('abort', onAbort);
      if (this.timeout !== Infinity) {
        timer = setTimeout(() => reject(timeoutError(this.timeout)), this.timeout);
        if (timer.unref) timer.unref();
      }
      Promise.resolve(promise).then((v) => { cleanup(); resolve(v); }, (e) => { cleanup(); reject(e); });
    });
  }

  async waitForSubtests() {
    for (let i = 0; i < this.subtests.length; i++) await this.subtests[i].donePromise;
  }

  // After a test's body: the subtests still running are waited for, except those declared after
  // an earlier one had finished (`await t.test(a); t.test(b);` leaves b behind) whose body has
  // not returned yet, which are cancelled, as node 24 does (it has run a synchronous body to its
  // end by then).
  async settleSubtests() {
    for (const child of this.subtests) {
      if (!child.finished && child.declaredAfterAFinishedSibling && !child.bodyDone) {
        child.fail(cancelledError());
        child.finish();
      }
    }
    await this.waitForSubtests();
  }

  // Hooks declared with before() / after() on this test or suite.
  async runOwnHooks(kind, ctx) {
    for (const hook of this.hooks[kind]) {
      try {
        await hook.run(ctx);
      } catch (err) {
        this.fail(testFailure(err, kFailure.hook));
      }
    }
  }

  // beforeEach runs the outermost first, afterEach the innermost first.
  async runEachHooks(kind, ctx) {
    const chain = [];
    for (let t = this.parent; t; t = t.parent) chain.push(t);
    if (kind === 'beforeEach') chain.reverse();
    for (const owner of chain) {
      for (const hook of owner.hooks[kind]) {
        try {
          await hook.run(ctx);
        } catch (err) {
          this.fail(testFailure(err, kFailure.hook));
          if (kind === 'beforeEach') throw this.error;
        }
      }
    }
  }

  countAssertion() {
    this.actualAssertions++;
    if (this.planReached && this.actualAssertions >= this.expectedAssertions) this.planReached();
  }

  // t.plan(n, { wait }): after the body, wait for the assertions still to come (true: as long as
  // the test lives; a number: that many ms).
  waitForPlan() {
    const { expectedAssertions: expected, planWait: wait } = this;
    if (expected === undefined || expected === null || !wait || this.actualAssertions >= expected) return undefined;
    return new Promise((resolve) => {
      let timer;
      this.planReached = () => {
        this.planReached = null;
        clearTimeout(timer);
        resolve();
      };
      if (typeof wait === 'number') timer = setTimeout(this.planReached, wait);
    });
  }

  checkPlan() {
    if (this.error || this.expectedAssertions === undefined || this.expectedAssertions === null) return;
    const actual = this.actualAssertions + this.subtests.length;
    if (actual !== this.expectedAssertions) {
      this.fail(testFailure(`plan expected ${this.expectedAssertions} assertions but received ${actual}`,
        kFailure.testCode));
    }
  }

  fail(error) {
    if (this.error === null) this.error = error;
    this.planReached?.();   // (a failure ends the wait for planned assertions)
  }

  finish() {
    if (this.finished) return;
    this.endTime = now();
    this.finished = true;
    this.harness.running.delete(this);
    if (this.error === null) {
      const failed = this.subtests.filter((t) => !t.filtered && !t.passed && !t.isTodo).length;
      if (failed > 0) {
        this.error = testFailure(`${failed} subtest${failed === 1 ? '' : 's'} failed`, kFailure.subtests);
      }
    }
    this.passed = this.error === null;
    this.controller.abort(new (require('internal/errors').AbortError)('The test was aborted'));
    this.harness.countFinished(this);
    if (this.parent !== null) {
      const details = this.resultDetails();
      details.passed = this.passed;
      this.harness.emit('test:complete', this.resultEventData(this.testNumber ?? this.numberAmongSiblings(), details));
    }
    this.resolveDone();
    if (this.parent !== null && this.parent.parent === null) this.harness.topLevelFinished();
    this.parent?.maybeReportChildren();
  }

  // Reports finished children in declaration order. A test still running reports its start when
  // its first subtest not yet reported has a result and every sibling before it has reported, as
  // node does.
  maybeReportChildren() {
    if (this.nesting >= 0 && !this.reportedStart) {
      if (this.subtests[this.nextToReport]?.finished && this.isNextToReport()) this.reportStart();
      return;   // (reportStart() comes back here)
    }
    while (this.nextToReport < this.subtests.length) {
      const child = this.subtests[this.nextToReport];
      if (!child.finished) return;
      this.nextToReport++;
      child.report();
    }
  }

  isNextToReport() {
    const { parent } = this;
    if (parent === null) return true;
    if (parent.subtests[parent.nextToReport] !== this) return false;
    if (parent.nesting < 0 || parent.reportedStart) return true;
    if (!parent.isNextToReport()) return false;
    parent.reportedStart = true;
    this.harness.emit('test:start', parent.startEventData());
    return true;
  }

  reportStart() {
    if (this.reportedStart || this.filtered) return;
    this.reportedStart = true;
    this.harness.emit('test:start', this.startEventData());
    this.maybeReportChildren();
  }

  // The events' data, their keys in node's order.
  locationFields() {
    return this.loc ? { line: this.loc.line, column: this.loc.column, file: this.loc.file } : {};
  }

  startEventData() {
    return { __proto__: null, nesting: this.nesting, name: this.name, ...this.locationFields() };
  }

  queueEventData(type) {
    return { nesting: this.nesting, name: this.name, type, ...this.locationFields() };
  }

  resultEventData(testNumber, details) {
    const data = { name: this.name, nesting: this.nesting, testNumber, details, ...this.locationFields() };
    if (this.skipped) data.skip = this.skipMessage === true || this.skipMessage === undefined ? true : this.skipMessage;
    else if (this.isTodo) data.todo = this.todoMessage === true || this.todoMessage === undefined ? true : this.todoMessage;
    return data;
  }

  resultDetails() {
    const details = { duration_ms: this.startTime === 0n ? 0 : elapsedMs(this.startTime, this.endTime), type: this.reportedType };
    if (this.error) details.error = this.error;
    if (this.harness.rerun && this.parent !== null) {
      details.attempt = this.attempt;
      if (this.passedOnAttempt !== undefined) details.passed_on_attempt = this.passedOnAttempt;
    }
    return details;
  }

  diagnosticEventData(message) {
    return { nesting: this.nesting, message, level: 'info', ...this.locationFields() };
  }

  // (a test that never was enqueued: its number when reported)
  numberAmongSiblings() {
    let number = 1;
    for (const sibling of this.parent.subtests) {
      if (sibling === this) return number;
      if (!sibling.filtered) number++;
    }
    return number;
  }

  report() {
    if (this.filtered || this.reported) return;
    this.reportStart();
    this.maybeReportChildren();
    this.reported = true;
    if (this.subtests.some((t) => !t.filtered)) {
      this.harness.emit('test:plan', {
        nesting: this.nesting + 1, count: this.subtests.filter((t) => !t.filtered).length, ...this.locationFields(),
      });
    }
    const testNumber = this.parent.reportedCount = (this.parent.reportedCount ?? 0) + 1;
    this.harness.emit(this.passed ? 'test:pass' : 'test:fail', this.resultEventData(testNumber, this.resultDetails()));
    for (const message of this.diagnostics) this.harness.emit('test:diagnostic', this.diagnosticEventData(message));
  }
}

// describe(): the body runs now, declaring the children; they run when the suite does.
class Suite extends Test {
  constructor(args) {
    super(args);
    this.concurrency = args.options.concurrency === true ? Infinity
      : (typeof args.options.concurrency === 'number' ? args.options.concurrency : 1);
    this.buildError = null;
    this.building = true;
    const ctx = new SuiteContext(this);
    try {
      // (a skipped suite's body does not run)
      const result = this.skipped ? undefined : this.harness.withCurrent(this, () => this.fn.call(ctx, ctx));
      this.buildPromise = result && typeof result.then === 'function'
        ? Promise.resolve(result).then(() => {}, (err) => { this.buildError = err; })
        : null;
    } catch (err) {
      this.buildError = err;
      this.buildPromise = null;
    }
    this.building = false;
  }

  get isSuite() { return true; }

  canStartChildren() { return this.started && this.childrenMayRun; }

  async run() {
    this.startTime = now();
    if (this.buildPromise) await this.buildPromise;
    if (this.buildError) {
      this.fail(testFailure(this.buildError, kFailure.testCode));
      return this.finish();
    }
    const ctx = new SuiteContext(this);
    if (this.skipped) {
      for (const child of this.subtests) { child.skipped = true; child.skipMessage ??= true; }
    }
    if (!this.skipped) await this.runOwnHooks('before', ctx);
    if (this.error) {
      for (const child of this.queue.splice(0)) {
        child.fail(cancelledError());
        child.finish();
      }
    }
    this.childrenMayRun = true;
    this.startQueued();
    await this.withTimeout(this.waitForSubtests()).catch((err) => this.fail(err));
    if (!this.skipped) await this.runOwnHooks('after', ctx);
    this.passed = this.error === null;
    return this.finish();
  }
}

module.exports = { Test, Suite, parseTestArgs, validateTestOptions, now, elapsedMs };
