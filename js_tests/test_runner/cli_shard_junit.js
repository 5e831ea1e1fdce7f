'use strict';
// --test-shard=<index>/<total> runs every total-th file (sorted) from the index-th on, bad values
// get node's errors; --test-reporter and --test-reporter-destination must pair up; the junit
// reporter (node's XML, escaping quirks included); --test-force-exit ends the run once the tests
// are done, before a pending timer can throw. Durations, the host name and stack frames vary and
// are taken out.
const { spawnSync } = require('child_process');
const path = require('path');
const { normalize } = require('./helpers/run_self');

function run(args, cwd) {
  console.log(`== ${args.join(' ')}`);
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', cwd });
  const text = normalize(child.stdout)
    .replace(/time="[\d.]+"/g, 'time="*"').replace(/hostname="[^"]*"/g, 'hostname="*"')
    .replace(/duration_ms [\d.e-]+/g, 'duration_ms *');
  process.stdout.write(text);
  const errors = child.stderr.split('\n').filter((line) => /^\w*Error \[ERR_/.test(line));
  if (errors.length) console.log(`stderr: ${errors.join('\n')}`);
  console.log(`exit code ${child.status}`);
}

const project = path.join(__dirname, 'fixtures-data', 'project');
for (const shard of ['1/2', '2/2', '1/3', '3/2', '0/2', 'x', '1/0']) {
  run(['--test', `--test-shard=${shard}`, '--test-reporter=dot'], project);
}
run(['--test', '--test-reporter', 'dot', '--test-reporter', 'tap'], project);
run(['--test', '--test-reporter-destination', 'stdout'], project);

const forceExit = path.join(__dirname, 'fixtures-data', 'force-exit');
run(['--test-reporter=junit', '--test-force-exit', 'fe.test.js'], forceExit);
run(['--test', '--test-reporter=junit', '--test-force-exit', 'fe.test.js'], forceExit);
