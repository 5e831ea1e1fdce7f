'use strict';
// run() of node:test: runs test files, each in its own process as `--test` does (runner.js), and
// returns a TestsStream: a readable stream in object mode of the events ({ type, data }), each also
// emitted as an event of its own name ('test:pass', 'test:fail', ...).

const { Readable } = require('stream');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const {
  validateObject, validateArray, validateBoolean, validateAbortSignal, validateString, validateInteger,
} = require('internal/validators');

class TestsStream extends Readable {
  constructor() {
    super({ objectMode: true, highWaterMark: Number.MAX_SAFE_INTEGER });
  }

  _read() {}

  event(type, data) {
    this.push({ __proto__: null, type, data });
    this.emit(type, data);
  }
}

function patternArgs(flag, patterns) {
  if (patterns === undefined || patterns === null) return [];
  const list = Array.isArray(patterns) ? patterns : [patterns];
  return list.map((pattern, i) => {
    if (typeof pattern !== 'string' && !(pattern instanceof RegExp)) {
      throw new ERR_INVALID_ARG_TYPE(`options.${flag === '--test-name-pattern' ? 'testNamePatterns' : 'testSkipPatterns'}[${i}]`,
        ['string', 'RegExp'], pattern);
    }
    return `${flag}=${pattern instanceof RegExp ? pattern.toString() : pattern}`;
  });
}

// run()'s coverage options, checked: null without `coverage: true`.
function coverageOptions(options) {
  const { coverage = false, lineCoverage = 0, branchCoverage = 0, functionCoverage = 0 } = options;
  validateBoolean(coverage, 'options.coverage');
  const globs = (value, name) => {
    if (value === undefined) return [];
    const list = Array.isArray(value) ? value : [value];
    list.forEach((glob, i) => validateString(glob, `${name}[${i}]`));
    return list;
  };
  const exclude = globs(options.coverageExcludeGlobs, 'options.coverageExcludeGlobs');
  const include = globs(options.coverageIncludeGlobs, 'options.coverageIncludeGlobs');
  validateInteger(lineCoverage, 'options.lineCoverage', 0, 100);
  validateInteger(branchCoverage, 'options.branchCoverage', 0, 100);
  validateInteger(functionCoverage, 'options.functionCoverage', 0, 100);
  if (!coverage) return null;
  return {
    include,
    exclude,
    thresholds: { lines: lineCoverage, branches: branchCoverage, functions: functionCoverage },
    onMissed() { process.exitCode = 1; },   // (as node, when a threshold is not met)
    cwd: options.cwd ?? process.cwd(),   // (what the globs and the report's paths are relative to)
  };
}

function run(options = { __proto__: null }) {
  validateObject(options, 'options');
  const { files, concurrency, only, timeout, testNamePatterns, testSkipPatterns, cwd, isolation, watch, signal } = options;
  let { rerunFailuresFilePath } = options;
  const coverage = coverageOptions(options);
  if (isolation !== undefined && isolation !== 'process' && isolation !== 'none') {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_VALUE('options.isolation', isolation, "must be one of: 'process', 'none'");
  }
  if (files !== undefined) validateArray(files, 'options.files');
  if (only !== undefined) validateBoolean(only, 'options.only');
  if (watch !== undefined) validateBoolean(watch, 'options.watch');
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  if (rerunFailuresFilePath !== undefined) {
    rerunFailuresFilePath = require('internal/fs/utils').getValidatedPath(rerunFailuresFilePath, 'options.rerunFailuresFilePath');
  }
  if (concurrency !== undefined && typeof concurrency !== 'number' && typeof concurrency !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE('options.concurrency', ['boolean', 'number'], concurrency);
  }
  const extraArgs = [
    ...patternArgs('--test-name-pattern', testNamePatterns),
    ...patternArgs('--test-skip-pattern', testSkipPatterns),
    ...(only ? ['--test-only'] : []),
    ...(typeof timeout === 'number' && timeout !== Infinity ? [`--test-timeout=${timeout}`] : []),
    ...(rerunFailuresFilePath ? [`--test-rerun-failures=${rerunFailuresFilePath}`] : []),
    ...(coverage !== null ? ['--experimental-test-coverage'] : []),
  ];
  const runner = require('internal/test_runner/runner');
  const stream = new TestsStream();
  const start = process.hrtime.bigint();
  const base = cwd ?? process.cwd();
  const parallel = concurrency === true ? runner.defaultConcurrency()
    : (typeof concurrency === 'number' && concurrency > 0 ? concurrency : 1);
  // (--test-rerun-failures: the state file is written when the stream ends)
  const recorder = rerunFailuresFilePath ? require('internal/test_runner/reporters').rerunRecorder(rerunFailuresFilePath) : null;
  const emit = (type, data) => {
    recorder?.event(type, data);
    stream.event(type, data);
  };
  const end = () => {
    recorder?.end();
    stream.push(null);
  };
  if (process.env.NODE_TEST_CONTEXT !== undefined) {
    // a test file that calls run() is itself run by a runner: running files from there would
    // start runners without end (each file running itself again), so node runs none and says so
    process.emitWarning('node:test run() is being called recursively within a test file. skipping running files.');
    process.nextTick(() => {
      emit('test:plan', { nesting: 0, count: 0 });
      runner.reportSummary(emit, runner.zeroCounts(), 0, start, null);
      stream.push(null);
    });
    return stream;
  }
  if (options.isolation === 'none') {
    const { harness } = require('internal/test_runner/harness');
    harness.reporters = [{ event: emit, end }];
    if (rerunFailuresFilePath) {
      const { RerunState } = require('internal/test_runner/rerun');
      harness.rerun = new RerunState(rerunFailuresFilePath);
    }
    harness.finishWhenDone = true;
    const list = files !== undefined
      ? files.map((file) => require('path').resolve(base, `${file}`))
      : runner.findFiles([], base).files;
    process.nextTick(() => require('internal/test_runner/in_process').loadFiles(list, base));
    return stream;
  }
  process.nextTick(async () => {
    // (each entry is taken as a path: one that names no file fails as a test of its own)
    const list = files !== undefined
      ? files.map((file) => require('path').resolve(base, `${file}`))
      : runner.findFiles([], base).files;
    if (watch) {   // (watch.js) until `signal` aborts
      const listFiles = files === undefined ? () => runner.findFiles([], base).files : null;
      await runner.watch(list, listFiles, parallel, emit, extraArgs, signal, end, base);
      return;
    }
    const { totals, topLevel } = await runner.runFileList(list, parallel, emit, extraArgs);
    runner.reportSummary(emit, totals, topLevel, start, coverage);
    end();
  });
  return stream;
}

module.exports = { run, TestsStream };
