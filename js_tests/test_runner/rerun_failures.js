'use strict';
// --test-rerun-failures <file>: each run adds an entry to the JSON state file naming the tests
// that passed (file:line:column relative to the cwd, ":(1)" for a second test at one place) and
// the attempt they passed on; a later run reports those as passed without running them (a passed
// suite's body does not run), and t.attempt is the number of runs recorded. Run on its own,
// under --test (the runner writes the file) and through run({ rerunFailuresFilePath }).
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = path.join(__dirname, 'fixtures-data', 'rerun');
const state = path.join(os.tmpdir(), `noderun-rerun-${process.pid}.json`);

if (process.argv[2] === 'child') {   // run() in this process, three times over
  const { run } = require('node:test');
  // (node writes the file a little after the stream ends)
  const written = async (runs) => {
    while (!fs.existsSync(process.argv[3]) || JSON.parse(fs.readFileSync(process.argv[3], 'utf8')).length < runs) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  (async () => {
    for (let i = 0; i < 3; i++) {
      const counts = { pass: 0, fail: 0 };
      const stream = run({ files: [path.join(dir, 'flaky.js')], rerunFailuresFilePath: process.argv[3] });
      stream.on('test:pass', () => counts.pass++);
      stream.on('test:fail', () => counts.fail++);
      for await (const event of stream) void event;
      console.log(`run() attempt ${i}: pass ${counts.pass} fail ${counts.fail}`);
      await written(i + 1);
    }
  })();
  return;
}

const { runWith, runSelf } = require('./helpers/run_self');
function showState() {
  console.log(fs.readFileSync(state, 'utf8'));
  fs.rmSync(state);
}

for (let i = 0; i < 3; i++) runWith(['--test-rerun-failures', state, 'flaky.js'], dir);
showState();
for (let i = 0; i < 3; i++) runWith(['--test', '--test-reporter=tap', '--test-rerun-failures', state, 'flaky.js'], dir);
showState();
runSelf(__filename, { args: [state] });
console.log(JSON.parse(fs.readFileSync(state, 'utf8')).map((run) => Object.keys(run).length));
fs.rmSync(state);
