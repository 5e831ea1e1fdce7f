'use strict';
// --experimental-test-coverage: node's coverage table (files as a tree of their directories,
// line / branch / function percentages, the uncovered lines) after the run's summary, in the spec
// and tap reporters, the lcov reporter's records, for a file run on its own and for several files
// under --test (their counts added up); the test files left out unless --test-coverage-exclude
// names others; --test-coverage-include; the --test-coverage-lines / -branches / -functions
// thresholds (a diagnostic and exit code 1 for each one not met). The figures are V8's block
// coverage counts as node reports them: functions that never ran, if / else branches, loop bodies,
// conditionals, && / || / ??, switch cases, catch blocks, code after a return, class fields;
// lines a /* node:coverage ignore next */ or disable / enable comment leaves out; files outside the
// working directory.
const path = require('path');
const { runWith } = require('./helpers/run_self');
const dir = path.join(__dirname, 'fixtures-data', 'coverage');

function run(args, cwd = dir) {
  console.log(`== ${args.join(' ')} (in ${path.relative(dir, cwd) || '.'})`);
  runWith(['--experimental-test-coverage', ...args], cwd);
}

run(['math.test.js']);
run(['--test-reporter=tap', 'values.test.mjs']);
run(['--test-reporter=lcov', 'math.test.js']);
run(['--test', '--test-reporter=lcov']);
run(['--test']);
run(['--test', '--test-coverage-exclude=lib/deep/**', '--test-coverage-exclude=**/*.test.*']);
run(['--test-coverage-include=lib/deep/**', 'values.test.mjs']);
run(['--test-coverage-exclude=nothing', 'values.test.mjs']);
run(['--test-coverage-lines=90', '--test-coverage-branches=80', '--test-coverage-functions=70', 'math.test.js']);
run(['--test', '--test-coverage-functions=99', '--test-reporter=tap']);
run(['--test-reporter=lcov', 'ignored.test.js']);
run(['ignored.test.js']);
// files outside the working directory show under '..'
run(['--test-reporter=tap', '--test-coverage-exclude=nothing', '../../values.test.mjs'], path.join(dir, 'lib', 'deep'));

// a threshold out of range: node's error as it reads the options (a negative one wrapped around
// as an unsigned 64-bit number), exit code 1
const { spawnSync } = require('child_process');
for (const args of [['--test', '--test-coverage-lines=101'], ['--test-coverage-branches=-1', 'math.test.js']]) {
  const child = spawnSync(process.execPath, ['--experimental-test-coverage', ...args], { cwd: dir, encoding: 'utf8' });
  console.log(`== ${args.join(' ')}`);
  console.log(child.stderr.split('\n').filter((line) => line.startsWith('RangeError')).join('\n'));
  console.log(`exit code ${child.status}`);
}
