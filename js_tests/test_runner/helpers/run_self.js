'use strict';
// Runs a test file in a child process (the same runtime, with `child` as its argument), or the
// runtime with other arguments, and prints its output with what changes from run to run taken out:
// durations, process ids, and the stack frames under an error (they name the runtime's own internals). Then
// the child's exit code.

const { spawnSync } = require('child_process');

const fixtures = require('path').resolve(__dirname, '..');

function normalize(text) {
  const lines = text.split(fixtures).join('<fixtures>')
    .replace(/\(\d+(\.\d+)?(e-\d+)?ms\)/g, '(*ms)')
    .replace(/duration_ms:? \d+(\.\d+)?(e-\d+)?/g, (m) => m.replace(/\d.*/, '*'))
    .replace(/^\(node:\d+\)/gm, '(node:*)')
    .split('\n');
  const kept = [];
  let stackIndent = -1;   // inside a TAP "stack: |-" block: the block's key indentation
  for (const line of lines) {
    const indent = line.length - line.trimStart().length;
    if (stackIndent >= 0 && indent > stackIndent && line.trim() !== '') continue;
    stackIndent = -1;
    if (/^\s*stack: \|-$/.test(line)) {
      stackIndent = indent;
      continue;
    }
    if (/^\s+at /.test(line)) continue;
    kept.push(line);
  }
  return kept.join('\n');
}

function show(child) {
  process.stdout.write(normalize(child.stdout));
  if (child.stderr) process.stdout.write(`stderr:\n${normalize(child.stderr)}`);
  console.log(`exit code ${child.status}`);
}

function runSelf(file, { args = [], execArgv = [] } = {}) {
  show(spawnSync(process.execPath, [...execArgv, file, 'child', ...args], { encoding: 'utf8' }));
}

function runWith(args, cwd) {
  show(spawnSync(process.execPath, args, { encoding: 'utf8', cwd }));
}

module.exports = { runSelf, runWith, normalize };
