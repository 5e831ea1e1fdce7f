'use strict';
// Runs a test file in a child process (the same runtime, with `child` as its argument) and prints
// its output with what changes from run to run taken out: durations, and the stack frames under an
// error (they name the runtime's own internals). Then the child's exit code.

const { spawnSync } = require('child_process');

function normalize(text) {
  return text
    .replace(/\(\d+(\.\d+)?(e-\d+)?ms\)/g, '(*ms)')
    .replace(/duration_ms \d+(\.\d+)?(e-\d+)?/g, 'duration_ms *')
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .join('\n');
}

function runSelf(file, { args = [], execArgv = [] } = {}) {
  const child = spawnSync(process.execPath, [...execArgv, file, 'child', ...args], { encoding: 'utf8' });
  process.stdout.write(normalize(child.stdout));
  if (child.stderr) process.stdout.write(`stderr:\n${normalize(child.stderr)}`);
  console.log(`exit code ${child.status}`);
}

module.exports = { runSelf, normalize };
