'use strict';
// `noderun --test [patterns...]` (node's "test runner execution model"): the files matching the
// patterns (node's default patterns when none is given, node_modules left out) each run in a
// process of their own, --test-concurrency at a time (one fewer than the CPUs by default). A file's
// tests report back through reporter/child.js; the runner feeds them, file after file in sorted
// order, to the reporters, adds up the counts, and reports a file that failed without a failing
// test (or had no test) as a test named after the file.

const path = require('path');
const { spawn } = require('child_process');
const { getTestOptions, optionArgv } = require('internal/test_runner/options');
const { createReporters } = require('internal/test_runner/reporters');
const { kMarker } = require('internal/test_runner/reporter/child');
const { summaryCounts } = require('internal/test_runner/summary_counts');

// (node 24 strips TypeScript's types by default, so its patterns take .ts, .mts and .cts too,
// unless --no-experimental-strip-types says not to)
const kJsPatterns = [
  '**/*.test.{cjs,mjs,js}', '**/*-test.{cjs,mjs,js}', '**/*_test.{cjs,mjs,js}',
  '**/test-*.{cjs,mjs,js}', '**/test.{cjs,mjs,js}', '**/test/**/*.{cjs,mjs,js}',
];
const kTsPatterns = [
  '**/*.test.{cts,mts,ts}', '**/*-test.{cts,mts,ts}', '**/*_test.{cts,mts,ts}',
  '**/test-*.{cts,mts,ts}', '**/test.{cts,mts,ts}', '**/test/**/*.{cts,mts,ts}',
];
const kDefaultPatterns = [...kJsPatterns, ...kTsPatterns];

function defaultPatterns() {
  const noTypes = process.execArgv.some((arg) => arg === '--no-experimental-strip-types' || arg === '--no-strip-types');
  return noTypes ? kJsPatterns : kDefaultPatterns;
}

// Options of the runner's own command line that each file's process gets too.
const kPassedOn = ['--test-name-pattern', '--test-skip-pattern', '--test-timeout', '--test-only',
  '--test-update-snapshots', '--test-force-exit', '--experimental-test-module-mocks', '--test-rerun-failures',
  '--experimental-test-coverage', '--test-coverage-include', '--test-coverage-exclude', '--test-coverage-lines',
  '--test-coverage-branches', '--test-coverage-functions'];
// (the others take a value)
const kFlags = ['--test-only', '--test-update-snapshots', '--test-force-exit', '--experimental-test-module-mocks',
  '--experimental-test-coverage'];

function findFiles(patterns, cwd = process.cwd()) {
  const { globSync } = require('fs');
  const found = new Set();
  if (patterns.length === 0) {
    for (const file of globSync(defaultPatterns(), { cwd, exclude: ['**/node_modules/**'] })) {
      found.add(path.resolve(cwd, file));
    }
  } else {
    const missing = [];
    for (const pattern of patterns) {
      const matches = globSync(pattern, { cwd });
      if (matches.length === 0) missing.push(pattern);
      for (const file of matches) found.add(path.resolve(cwd, file));
    }
    if (missing.length > 0) return { missing };
  }
  const fs = require('fs');
  return { files: [...found].filter((file) => fs.statSync(file).isFile()).sort() };
}

function childArgs() {
  const args = [];
  const argv = optionArgv();
  for (let i = 0; i < argv.length; i++) {
    const [name] = argv[i].split('=', 1);
    if (!kPassedOn.includes(name)) continue;
    args.push(argv[i]);
    if (!argv[i].includes('=') && !kFlags.includes(name) && i + 1 < argv.length) args.push(argv[++i]);
  }
  return args;
}

// The files' processes (or threads) still running (a SIGINT to the runner ends them).
const running = new Set();

// A file's own process: `noderun <options> file` in child-v8 mode. In watch mode its loader
// reports the files it reads on a pipe of its own (fd 3; loader/watch_report.py).
function startProcess(file, args, watch) {
  const env = { ...process.env, NODE_TEST_CONTEXT: 'child-v8' };
  if (watch) env.NODERUN_WATCH_FD = '3';
  const child = spawn(process.execPath, [...args, file], {
    env,
    stdio: ['ignore', 'pipe', 'pipe', ...(watch ? ['pipe'] : [])],
  });
  return {
    stdout: child.stdout,
    stderr: child.stderr,
    loaded: watch ? child.stdio[3] : null,
    onEnd: (done) => child.on('close', done),
    kill: () => child.kill('SIGKILL'),   // (a file stuck in a loop cannot handle SIGTERM)
  };
}

// noderun's own --test-isolation=thread: the file runs in a worker thread of the runner's process
// instead (no process to start: faster), in child-v8 mode too; its options come in an
// environment variable, since a worker takes no runtime flags. It ends when it has exited and
// its output has all come.
function startThread(file, args) {
  const { Worker } = require('worker_threads');
  const worker = new Worker(file, {
    argv: [],
    env: { ...process.env, NODE_TEST_CONTEXT: 'child-v8', NODERUN_TEST_ARGV: JSON.stringify(args) },
    stdout: true,
    stderr: true,
  });
  let errorText = '';
  worker.on('error', (error) => { errorText += `${require('util').inspect(error)}\n`; });
  return {
    stdout: worker.stdout,
    stderr: worker.stderr,
    loaded: null,   // (the runner's own process: what the file loads is not told apart)
    onEnd(done) {
      let waiting = 3;
      let exitCode = null;
      const step = () => {
        if (--waiting === 0) done(exitCode, null, errorText);
      };
      worker.stdout.on('end', step);
      worker.stderr.on('end', step);
      worker.on('exit', (code) => { exitCode = code; step(); });
    },
    kill: () => worker.terminate(),
  };
}

// Runs one file; resolves with what it reported, in order: events, and its output lines (and in
// watch mode the files it loaded).
function runFile(file, extraArgs = [], watch = false) {
  return new Promise((resolve) => {
    const items = [];
    const start = process.hrtime.bigint();
    const args = [...extraArgs, ...childArgs()];
    const run = getTestOptions().isolation === 'thread' ? startThread(file, args) : startProcess(file, args, watch);
    running.add(run);
    let loaded = '';
    run.loaded?.setEncoding('utf8');
    run.loaded?.on('data', (chunk) => { loaded += chunk; });
    let pending = '';
    run.stdout.setEncoding('utf8');
    run.stdout.on('data', (chunk) => {
      pending += chunk;
      let newline;
      while ((newline = pending.indexOf('\n')) !== -1) {
        const line = pending.slice(0, newline + 1);
        pending = pending.slice(newline + 1);
        const at = line.indexOf(kMarker);
        if (at === -1) {
          items.push({ type: 'test:stdout', data: { file, message: line } });
          continue;
        }
        if (at > 0) items.push({ type: 'test:stdout', data: { file, message: line.slice(0, at) } });
        items.push(JSON.parse(line.slice(at + kMarker.length)));
      }
    });
    const stderr = [];
    run.stderr.setEncoding('utf8');
    run.stderr.on('data', (chunk) => stderr.push(chunk));
    run.onEnd((code, signal, errorText = '') => {
      running.delete(run);
      const killed = interrupted;
      if (pending) items.push({ type: 'test:stdout', data: { file, message: pending } });
      if (errorText) stderr.push(errorText);
      // (a line an event, as node passes a file's stderr on)
      for (const line of stderr.join('').split(/(?<=\n)/)) {
        if (line !== '') items.push({ type: 'test:stderr', data: { file, message: line } });
      }
      const dependencies = loaded.split('\n').filter(Boolean);
      resolve({ file, items, code, signal, killed, dependencies, duration: Number(process.hrtime.bigint() - start) / 1e6 });
    });
  });
}

const kCountNames = ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo'];

// --experimental-test-coverage: the counts the files' processes sent, [{path: counts}, ...]
let coverageCounts = [];

function zeroCounts() {
  return Object.fromEntries(kCountNames.map((name) => [name, 0]));
}

// A SIGINT to the runner ends the files' processes and starts no more; the run reports what it has.
let interrupted = false;
function onInterrupt() {
  process.exitCode = 1;
  stopAll();
}

function stopAll() {
  interrupted = true;
  for (const run of running) run.kill();
}

// Runs `files`, `concurrency` at a time, and passes what they report to `emit`, file after file;
// resolves with the counts added up and the number of top-level tests (and in watch mode, the
// files each test file loaded).
async function runFileList(files, concurrency, emit, extraArgs = [], watch = false) {
  const totals = zeroCounts();
  let topLevel = 0;
  const dependencies = new Map();

  const report = ({ file, items, code, signal, duration, killed, dependencies: loaded }, index) => {
    if (killed) return;   // (ended by a SIGINT to the runner: not reported, as in node)
    dependencies.set(file, loaded);
    let counts = null;
    for (const { type, data } of items) {
      if (type === 'noderun:counts') {
        counts = data;
        continue;
      }
      if (type === 'noderun:coverage') {   // (the runner reports the files' coverage together)
        coverageCounts.push(data);
        continue;
      }
      if ((type === 'test:pass' || type === 'test:fail') && data.nesting === 0) data.testNumber = ++topLevel;
      emit(type, data);
    }
    const failedToo = counts !== null && (counts.fail > 0 || counts.cancelled > 0);
    const itself = counts === null || counts.tests + counts.suites === 0 || (code !== 0 && !failedToo);
    const passed = code === 0 && signal === null;
    // the file as node's runner sees it: a test of its own, which failed if the file did
    const where = { line: 1, column: 1, file };
    const name = path.relative(process.cwd(), file);
    const details = { duration_ms: duration, type: 'test' };
    if (!passed) details.error = fileFailure(itself ? 'testCodeFailure' : 'subtestsFailed', code, signal);
    emit('test:complete', { name, nesting: 0, testNumber: index + 1, details: { ...details, passed }, ...where });
    if (itself) {   // reported as a test: it failed without a failing test, or declared none
      emit('test:start', { nesting: 0, name, ...where });
      emit(passed ? 'test:pass' : 'test:fail', { name, nesting: 0, testNumber: ++topLevel, details, ...where });
      counts ??= zeroCounts();
      counts.tests++;
      counts[passed ? 'pass' : 'fail']++;
    }
    for (const name of kCountNames) totals[name] += counts[name];
  };

  const results = new Array(files.length);
  let next = 0;
  let reported = 0;
  // (as node: each file is queued as a test, which a TAP report starts with; those that wait for
  // a free slot are announced at once and dequeued when they start)
  const queueData = (file) => ({ nesting: 0, name: path.relative(process.cwd(), file), type: 'test', line: 1, column: 1, file });
  let announced = 0;
  await new Promise((resolve) => {
    let active = 0;
    const startMore = () => {
      while (active < concurrency && next < files.length && !interrupted) {
        const index = next++;
        active++;
        if (announced === index) emit('test:enqueue', queueData(files[announced++]));
        emit('test:dequeue', queueData(files[index]));
        runFile(files[index], extraArgs, watch).then((result) => {
          results[index] = result;
          while (reported < files.length && results[reported] !== undefined) report(results[reported], reported++);
          active--;
          if (reported === files.length || (interrupted && active === 0)) resolve();
          else startMore();
        });
      }
      while (announced < files.length && !interrupted) emit('test:enqueue', queueData(files[announced++]));
      if (files.length === 0) resolve();
    };
    startMore();
  });
  return { totals, topLevel, dependencies };
}

// What a file that failed (its process ended with an error) reports as its error, serialized as
// a file's own events are (failureType: 'subtestsFailed' when tests of it failed).
function fileFailure(failureType, code, signal) {
  return {
    code: 'ERR_TEST_FAILURE',
    failureType,
    message: 'test failed',
    cause: 'test failed',
    exitCode: code,
    signal,
    rendered: "'test failed'",
    tapYaml: `  failureType: '${failureType}'\n  exitCode: ${code ?? '~'}\n` +
      `  signal: ${signal === null ? '~' : `'${signal}'`}\n  error: 'test failed'\n  code: 'ERR_TEST_FAILURE'\n`,
  };
}

// What the command line asks of coverage (null: no coverage).
function coverageSettings(options) {
  if (!options.coverage) return null;
  const { coverageInclude: include, coverageExclude, coverageThresholds: thresholds } = options;
  // (without --test-coverage-exclude, the test files are left out)
  return { include, exclude: coverageExclude.length > 0 ? coverageExclude : kDefaultPatterns, thresholds };
}

// The end of a run: the top-level plan, the counts as diagnostics, the summary; true on success.
function reportSummary(emit, totals, topLevel, start, coverage = coverageSettings(getTestOptions())) {
  if (topLevel > 0) emit('test:plan', { nesting: 0, count: topLevel });
  const duration = Number(process.hrtime.bigint() - start) / 1e6;
  for (const name of kCountNames) emit('test:diagnostic', { nesting: 0, message: `${name} ${totals[name]}`, level: 'info' });
  emit('test:diagnostic', { nesting: 0, message: `duration_ms ${duration}`, level: 'info' });
  let success = totals.fail === 0 && totals.cancelled === 0;
  if (coverage !== null) {
    const { report, summarize } = require('internal/test_runner/coverage');
    if (!report(emit, summarize(coverageCounts, coverage, coverage.cwd))) {
      success = false;
      coverage.onMissed?.();
    }
    coverageCounts = [];
  }
  emit('test:summary', { success, counts: summaryCounts(totals, topLevel), duration_ms: duration });
  return success;
}

function defaultConcurrency() {
  return Math.max(require('os').availableParallelism() - 1, 1);
}

// --test-shard=<index>/<total>: of the files in sorted order, every total-th from the index-th on.
function parseShard(text) {
  if (text === undefined) return null;
  const { codes: { ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } } = require('internal/errors');
  const match = /^(\d+)\/(\d+)$/.exec(text);
  if (match === null) throw new ERR_INVALID_ARG_VALUE('--test-shard', text, 'must be in the form of <index>/<total>');
  const index = Number(match[1]);
  const total = Number(match[2]);
  if (total < 1) throw new ERR_OUT_OF_RANGE('options.shard.total', `>= 1 && <= ${Number.MAX_SAFE_INTEGER}`, total);
  if (index < 1 || index > total) throw new ERR_OUT_OF_RANGE('options.shard.index', `>= 1 && <= ${total}`, index);
  return { index, total };
}

// NODE_DEBUG=test_runner: the configuration, as node 24 logs it.
function debugConfiguration(options, concurrency) {
  const debug = require('internal/util/debuglog').debuglog('test_runner');
  if (!debug.enabled) return;
  const { reporters, destinations } = options;
  debug('test runner configuration: %O', {
    __proto__: null,
    isTestRunner: true,
    concurrency,
    coverage: false,
    coverageExcludeGlobs: undefined,
    coverageIncludeGlobs: undefined,
    destinations: destinations.length > 0 ? destinations : ['stdout'],
    forceExit: options.forceExit,
    isolation: options.isolation,
    branchCoverage: undefined,
    functionCoverage: undefined,
    lineCoverage: undefined,
    only: options.only,
    reporters: reporters.length > 0 ? reporters : ['spec'],
    globalSetupPath: '',
    shard: options.shard === undefined ? undefined : parseShard(options.shard),
    sourceMaps: false,
    testNamePatterns: options.namePatterns.length > 0 ? options.namePatterns : null,
    testSkipPatterns: options.skipPatterns.length > 0 ? options.skipPatterns : null,
    timeout: options.timeout,
    updateSnapshots: options.updateSnapshots,
    watch: options.watch,
    rerunFailuresFilePath: options.rerunFailuresFilePath ?? '',
    globPatterns: [],
  });
}

async function runFiles(patterns) {
  const options = getTestOptions();
  const shard = parseShard(options.shard);
  const start = process.hrtime.bigint();
  const found = findFiles(patterns);
  const { missing } = found;
  const files = shard === null ? found.files : found.files?.filter((_, i) => i % shard.total === shard.index - 1);
  const inProcess = options.isolation === 'none';
  // (in one process the files run one at a time)
  debugConfiguration(options, inProcess ? 1 : (options.fileConcurrency ?? true));
  if (missing) {   // nothing runs then
    for (const pattern of missing) process.stderr.write(`Could not find '${pattern}'\n`);
    process.exitCode = 1;
    return;
  }
  if (inProcess) {   // the harness reports, as when a test file runs on its own
    await require('internal/test_runner/in_process').loadFiles(files);
    return;
  }
  const reporters = createReporters({ ...options, childMode: false });
  const emit = (type, data) => { for (const r of reporters) r.event(type, data); };
  const concurrency = options.fileConcurrency ?? defaultConcurrency();
  if (options.watch) {
    await watch(files, patterns.length === 0 ? () => findFiles([]).files : null, concurrency, emit, [],
      undefined, () => { for (const r of reporters) r.end(); });
    return;
  }
  process.once('SIGINT', onInterrupt);
  const { totals, topLevel } = await runFileList(files, concurrency, emit);
  const success = reportSummary(emit, totals, topLevel, start);
  for (const r of reporters) r.end();
  if (!success) process.exitCode = 1;
}

// Watch mode (watch.js): runs `files`, then again those a change concerns, until stopped.
function watch(files, listFiles, concurrency, emit, extraArgs, signal, onEnd, cwd = process.cwd()) {
  return require('internal/test_runner/watch').watchFiles({
    files,
    listFiles,
    cwd,
    runList: (list) => {
      interrupted = false;
      return runFileList(list, concurrency, emit, extraArgs, true);
    },
    summarize: (totals, topLevel, start) => reportSummary(emit, totals ?? zeroCounts(), topLevel, start),
    emit,
    signal,
    stopRunning: stopAll,
    onEnd,
  });
}

module.exports = {
  runFiles, watch, runFileList, reportSummary, zeroCounts, findFiles, defaultConcurrency, kDefaultPatterns, coverageSettings,
};
