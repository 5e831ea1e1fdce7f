'use strict';
// The runner's settings from the command line (node's --test-* flags), read once. `noderun --test`
// passes them on to each test file's process.

const { convertStringToRegExp } = require('internal/test_runner/utils');

let options = null;

function flagValues(argv, name) {
  const values = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === name && i + 1 < argv.length) values.push(argv[++i]);
    else if (arg.startsWith(`${name}=`)) values.push(arg.slice(name.length + 1));
  }
  return values;
}

// The options as the command line gave them, after those of a configuration file
// (--experimental-config-file), which are not in execArgv.
function optionArgv() {
  const config = host.configArgv();
  return config.length > 0 ? [...config, ...process.execArgv] : process.execArgv;
}

function getTestOptions() {
  if (options !== null) return options;
  // (a test file in a worker thread of `--test-isolation=thread` gets its options this way)
  const argv = process.env.NODERUN_TEST_ARGV ? JSON.parse(process.env.NODERUN_TEST_ARGV) : optionArgv();
  const timeout = flagValues(argv, '--test-timeout').pop();
  const concurrency = flagValues(argv, '--test-concurrency').pop();
  const read = {
    namePatterns: flagValues(argv, '--test-name-pattern').map((p) => convertStringToRegExp(p, '--test-name-pattern')),
    skipPatterns: flagValues(argv, '--test-skip-pattern').map((p) => convertStringToRegExp(p, '--test-skip-pattern')),
    only: argv.includes('--test-only'),
    updateSnapshots: argv.includes('--test-update-snapshots'),
    forceExit: argv.includes('--test-force-exit'),
    watch: argv.includes('--test') && argv.includes('--watch'),
    shard: flagValues(argv, '--test-shard').pop(),
    isolation: flagValues(argv, '--test-isolation').pop() ?? 'process',
    timeout: timeout === undefined || Number(timeout) === 0 ? Infinity : Number(timeout),
    concurrency: 1,
    fileConcurrency: concurrency === undefined ? undefined : Number(concurrency),
    reporters: flagValues(argv, '--test-reporter'),
    destinations: flagValues(argv, '--test-reporter-destination'),
    rerunFailuresFilePath: flagValues(argv, '--test-rerun-failures').pop(),
    coverage: argv.includes('--experimental-test-coverage'),
    coverageInclude: flagValues(argv, '--test-coverage-include'),
    coverageExclude: flagValues(argv, '--test-coverage-exclude'),
    coverageThresholds: {
      lines: threshold(argv, '--test-coverage-lines'),
      branches: threshold(argv, '--test-coverage-branches'),
      functions: threshold(argv, '--test-coverage-functions'),
    },
    // a test file run by `--test` (runner.js) sends its events to the runner
    childMode: process.env.NODE_TEST_CONTEXT === 'child-v8',
    // noderun's own: declare the tests without running any, and list them (listing.js)
    listOnly: process.env.NODERUN_TEST_LIST === '1',
  };
  if (read.coverage) {   // (node refuses a threshold out of range when it reads the options)
    const { validateInteger } = require('internal/validators');
    validateInteger(read.coverageThresholds.lines, '--test-coverage-lines', 0, 100);
    validateInteger(read.coverageThresholds.branches, '--test-coverage-branches', 0, 100);
    validateInteger(read.coverageThresholds.functions, '--test-coverage-functions', 0, 100);
  }
  options = read;
  return options;
}

// A coverage threshold as node reads the flag: an unsigned 64-bit integer, the digits it starts
// with (none: 0), a negative one wrapped around.
function threshold(argv, flag) {
  const text = flagValues(argv, flag).pop();
  if (text === undefined) return 0;
  const match = /^\s*([+-]?)(\d*)/.exec(text);
  return Number(BigInt.asUintN(64, BigInt(`${match[1] === '-' ? '-' : ''}${match[2] || '0'}`)));
}

module.exports = { getTestOptions, flagValues, optionArgv };
