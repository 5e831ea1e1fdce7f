'use strict';
// The root of a file's tests: created by the first test() / describe(), it starts them once the
// module has finished evaluating, and when the event loop has nothing left to do ('beforeExit') it
// runs the root's after() hooks, reports the summary and sets the exit code to 1 on a failure.

const { Test, Suite, parseTestArgs, now, elapsedMs } = require('internal/test_runner/test');
const { isCancelled } = require('internal/test_runner/failures');
const { addHook, TestContext } = require('internal/test_runner/context');
const { createReporters } = require('internal/test_runner/reporters');
const { getTestOptions } = require('internal/test_runner/options');
const { summaryCounts } = require('internal/test_runner/summary_counts');

function nameWithAncestors(test) {
  const names = [];
  for (let t = test; t.nesting >= 0; t = t.parent) names.unshift(t.name);
  return names.join(' ');
}

function matchesPattern(test, patterns) {
  for (let t = test; t.nesting >= 0; t = t.parent) {
    if (patterns.some((re) => re.test(t.name))) return true;
  }
  for (let t = test; t.nesting >= 0; t = t.parent) {
    const full = nameWithAncestors(t).trim();
    if (patterns.some((re) => re.test(full))) return true;
  }
  return false;
}

const counters = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };

const harness = {
  root: null,
  building: null,   // the suite whose body is running, which it() / describe() add to
  reporters: null,
  defaultTimeout: Infinity,
  startTime: 0n,
  rerun: null,   // --test-rerun-failures: the runs recorded before (rerun.js)

  emit(type, data) {
    for (const reporter of this.reporters) reporter.event(type, data);
  },

  // A suite's body declares its children, also after an `await` in it (the suite is kept in the
  // body's async context for that: harness.suites).
  withCurrent(suite, fn) {
    const previous = this.building;
    this.building = suite;
    try {
      return this.suites.run(suite, fn);
    } finally {
      this.building = previous;
    }
  },

  get suites() {
    const { AsyncLocalStorage } = require('async_hooks');
    Object.defineProperty(this, 'suites', { value: new AsyncLocalStorage() });
    return this.suites;
  },

  // The suite a test() / it() / describe() call declares into: the one whose body is running.
  buildingSuite() {
    return this.building ?? this.suites.getStore() ?? null;
  },

  // --test-name-pattern / --test-skip-pattern, as node 24 applies them: a test matches a pattern
  // when its own name does, when its parent matches, or when its name joined to its ancestors'
  // with spaces ("suite test") does. A suite is left out only when none of its tests is kept.
  isFilteredByName(test) {
    if (test.nesting < 0) return false;
    const { namePatterns, skipPatterns } = getTestOptions();
    if (namePatterns.length > 0 && !matchesPattern(test, namePatterns)) return true;
    if (skipPatterns.length > 0 && matchesPattern(test, skipPatterns)) return true;
    return false;
  },

  countDeclared() {},

  countFinished(test) {
    if (test.nesting < 0 || test.filtered) return;
    if (test.isSuite) {
      counters.suites++;
      return;
    }
    counters.tests++;
    if (test.skipped) counters.skipped++;
    else if (test.isTodo) counters.todo++;
    else if (isCancelled(test.error) || test.error?.failureType === 'testTimeoutFailure') counters.cancelled++;
    else if (test.passed) counters.pass++;
    else counters.fail++;
  },

  lateFailure(test, error) {
    test.fail(error);
  },

  rootAfter: null,   // the root's after() hooks, once run
  lateDiagnostics: [],   // errors from what tests started after they ended, reported at the end

  // --test-isolation=none (in_process.js): files are loading into this process; the root's
  // before() hooks run as they are declared (these are their promises)
  inProcess: false,
  loading: false,
  currentFile: null,
  rootBefore: [],
  finishWhenDone: false,   // run({ isolation: 'none' }): its stream ends with the tests

  // The root's after() hooks run as soon as every test declared so far is done (the summary
  // waits for the event loop to be idle, so that tests declared later still run and count).
  // With --test-force-exit the run ends there: the report is written and the process exits,
  // whatever timers or handles are still alive.
  topLevelFinished() {
    if (this.rootAfter === null && this.root.subtests.every((t) => t.finished)) {
      this.runRootAfter();
      if (getTestOptions().forceExit) {
        ending ??= finishRoot();
        ending.then(() => process.exit());
      } else if (this.finishWhenDone) {
        ending ??= finishRoot();
      }
    }
  },

  runRootAfter() {
    this.rootAfter ??= this.root.runOwnHooks('after', new TestContext(this.root));
    return this.rootAfter;
  },

  running: new Set(),   // tests whose body has started and that have not finished

  // An uncaught exception or unhandled rejection fails the test that started last among those
  // running (node attributes it to the test whose code is running); with none running, the run.
  // The async context of the test whose body started what threw (see Test.callBody).
  get owners() {
    const { AsyncLocalStorage } = require('async_hooks');
    Object.defineProperty(this, 'owners', { value: new AsyncLocalStorage() });
    return this.owners;
  },

  // An uncaught exception or unhandled rejection fails the test whose body started what threw
  // (else the test that started last among those running; with none running, the run). When
  // that test has already ended, node reports it in a diagnostic and the process exits with 1.
  uncaught(error, failureType) {
    const owner = this.owners.getStore();
    if (owner?.finished && owner.nesting >= 0) {
      const where = owner.loc ? ` at ${require('path').relative(process.cwd(), owner.loc.file)}:${owner.loc.line}:${owner.loc.column}` : '';
      this.lateDiagnostics.push(`Error: Test${owner.hookType ? ' hook' : ''} "${owner.name}"${where} generated ` +
        `asynchronous activity after the test ended. This activity created the error "${error}" and would ` +
        `have caused the test to fail, but instead triggered an ${failureType} event.`);
      process.exitCode = 1;
      return;
    }
    const tests = [...this.running];
    const test = owner && !owner.finished ? owner : tests[tests.length - 1];
    const failure = require('internal/test_runner/failures').testFailure(error, failureType);
    if (test) test.fail(failure);
    else this.root.fail(failure);
  },
};

function getRoot() {
  if (harness.root !== null) return harness.root;
  const options = getTestOptions();
  harness.defaultTimeout = options.timeout;
  if (options.rerunFailuresFilePath) {
    const { RerunState } = require('internal/test_runner/rerun');
    harness.rerun = new RerunState(options.rerunFailuresFilePath);
  }
  harness.reporters ??= createReporters(options);
  harness.startTime = now();
  const root = new Test({ name: '<root>', fn() {}, harness });
  root.concurrency = options.concurrency;
  harness.root = root;
  if (!harness.inProcess && options.isolation === 'none' && process.execArgv.includes('--test')) {
    // (a --require / --import preload declares hooks or tests before the files are loaded)
    harness.inProcess = true;
    harness.loading = true;
  }
  if (harness.inProcess) {   // (in_process.js starts the tests once the files are loaded)
    root.started = true;
    root.startTime = now();
    root.canStartChildren = () => !harness.loading && root.rootBeforeDone;
    const startLoaded = root.startQueued.bind(root);
    root.startQueued = () => { root.rootBeforeDone = true; startLoaded(); };
    listenToProcess();
    return root;
  }
  // The tests start once the module that declares them has been evaluated.
  queueMicrotask(() => {
    if (options.listOnly) return;   // the tests are only listed (listing.js), at the end
    root.started = true;
    root.startTime = now();
    root.runOwnHooks('before', new TestContext(root)).then(() => root.startQueued());
  });
  root.canStartChildren = () => root.started && root.rootBeforeDone;
  const startQueued = root.startQueued.bind(root);
  root.startQueued = () => { root.rootBeforeDone = true; startQueued(); };
  listenToProcess();
  return root;
}

// The runner catches what the tests leave uncaught while they run; once the root test has ended,
// an error (say, thrown by an 'exit' listener) is the process's own again, as in node.
const onUncaughtException = (error) => harness.uncaught(error, 'uncaughtException');
const onUnhandledRejection = (error) => harness.uncaught(error, 'unhandledRejection');

function listenToProcess() {
  process.on('beforeExit', onBeforeExit);
  process.on('uncaughtException', onUncaughtException);
  process.on('unhandledRejection', onUnhandledRejection);
}

function stopListeningToProcess() {
  process.removeListener('beforeExit', onBeforeExit);
  process.removeListener('uncaughtException', onUncaughtException);
  process.removeListener('unhandledRejection', onUnhandledRejection);
}

let ending = null;
function onBeforeExit() {
  ending ??= finishRoot();
}

async function finishRoot() {
  try {
    await reportRoot();
  } finally {
    stopListeningToProcess();
  }
}

async function reportRoot() {
  const root = harness.root;
  if (getTestOptions().listOnly) return require('internal/test_runner/listing').listTests(root);
  for (const child of root.subtests) {
    if (!child.finished) {
      child.fail(require('internal/test_runner/failures').cancelledError(
        'Promise resolution is still pending but the event loop has already resolved'));
      child.finish();
    }
  }
  await harness.runRootAfter();
  try {
    require('internal/test_runner/assert').writeSnapshots();
  } catch (error) {
    root.fail(error);
  }
  root.maybeReportChildren();
  for (const message of harness.lateDiagnostics) harness.emit('test:diagnostic', { nesting: 0, message });
  if (getTestOptions().childMode) {   // the runner (runner.js) adds up the files' counts
    // (a file whose tests were all left out says so with an empty plan, which node passes on)
    if (root.subtests.length > 0 && root.subtests.every((t) => t.filtered)) {
      harness.emit('test:plan', { nesting: 0, count: 0 });
    }
    if (getTestOptions().coverage) harness.emit('noderun:coverage', require('internal/test_runner/coverage').processCounts());
    harness.emit('noderun:counts', { ...counters });
    harness.emit('test:summary', {
      success: counters.fail === 0 && counters.cancelled === 0 && root.error === null,
      counts: summaryCounts(counters, root.subtests.filter((t) => !t.filtered).length),
      duration_ms: elapsedMs(harness.startTime),
      file: process.argv[1],
    });
    for (const reporter of harness.reporters) reporter.end();   // (what is still deferred goes out)
    if (counters.fail > 0 || counters.cancelled > 0) process.exitCode = 1;
    return;
  }
  // (a file run on its own: the root's events name the file, at 1:1, as node's do)
  const file = harness.inProcess || !process.argv[1] ? undefined : process.argv[1];
  const where = file === undefined ? {} : { line: 1, column: 1, file };
  const declared = root.subtests.filter((t) => !t.filtered).length;
  if (root.subtests.length > 0) harness.emit('test:plan', { nesting: 0, count: declared, ...where });
  const duration = elapsedMs(harness.startTime);
  for (const name of ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo']) {
    harness.emit('test:diagnostic', { nesting: 0, message: `${name} ${counters[name]}`, level: 'info', ...where });
  }
  harness.emit('test:diagnostic', { nesting: 0, message: `duration_ms ${duration}`, level: 'info', ...where });
  let success = counters.fail === 0 && counters.cancelled === 0 && root.error === null;
  if (getTestOptions().coverage) {
    const coverage = require('internal/test_runner/coverage');
    if (!coverage.report((type, data) => harness.emit(type, data), coverage.summarize([coverage.processCounts()],
      require('internal/test_runner/runner').coverageSettings(getTestOptions())), where)) {
      success = false;
    }
  }
  const summary = { success, counts: summaryCounts(counters, declared), duration_ms: duration };
  if (file !== undefined) summary.file = file;
  harness.emit('test:summary', summary);
  for (const reporter of harness.reporters) reporter.end();
  if (!success && !harness.finishWhenDone) process.exitCode = 1;
}

// file / line / column of the test() / it() / describe() / t.test() call above `above`, as V8
// reports the call's position.
const kRunnerNames = new Set(['test', 'it', 'describe', 'suite', 'skip', 'todo', 'only']);

const kHookNames = new Set(['before', 'after', 'beforeEach', 'afterEach']);

function callSite(above, names = kRunnerNames) {
  const location = require('internal/assert/call_source').callLocation(above, names);
  if (location === undefined) return undefined;
  let { file } = location;
  if (file.startsWith('file://')) file = require('url').fileURLToPath(file);
  return { file, line: location.line, column: location.column };
}

function createTest(parent, name, options, fn, loc, Kind = Test) {
  const args = parseTestArgs(name, options, fn);
  const child = parent.createSubtest(Kind, args.name, args.options, args.fn, loc);
  return child.donePromise.then(() => undefined);
}

// test() / it() / describe() as exported: they add to the suite being built, or to the root.
function makeRunner(Kind, above, extra = {}) {
  function runner(name, options, fn) {
    const suite = harness.buildingSuite();
    const parent = suite ?? getRoot();
    const args = parseTestArgs(name, options, fn);
    const child = parent.createSubtest(Kind, args.name, { ...args.options, ...extra }, args.fn, callSite(runner));
    if (harness.currentFile !== null && parent === harness.root) child.entryFile = harness.currentFile;
    // (in a suite, as in node, the promise is already resolved: the test runs once the suite does)
    return suite !== null ? Promise.resolve() : child.donePromise.then(() => undefined);
  }
  return runner;
}

function makeHook(kind) {
  return function hook(fn, options) {
    const owner = harness.buildingSuite() ?? getRoot();
    const loc = callSite(hook, kHookNames);
    if (kind === 'before' && owner === harness.root && harness.inProcess) {
      addHook(owner, kind, fn, options, loc);
      const run = owner.hooks.before.pop();   // (run now, and not again when the tests start)
      const { testFailure, kFailure } = require('internal/test_runner/failures');
      harness.rootBefore.push(Promise.resolve(run.run(new TestContext(owner)))
        .catch((error) => owner.fail(testFailure(error, kFailure.hook))));
      return;
    }
    addHook(owner, kind, fn, options, loc);
  };
}

module.exports = { harness, getRoot, callSite, createTest, makeRunner, makeHook, counters };
