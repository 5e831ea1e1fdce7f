'use strict';
// --experimental-config-file=<path> (and --experimental-default-config-file: node.config.json in
// the current directory), node 24.12.0's configuration file: the test runner's options in its
// `testRunner` object or in `nodeOptions` (with `require`), put before the command line's (which
// wins for an option taking one value, and adds to the list of one taking several); under --test
// they reach each file's process. Unknown namespaces are skipped; a bad file gets node's message
// and exit code 9. node's ExperimentalWarning once.
const { spawnSync } = require('child_process');
const path = require('path');
const { normalize } = require('./helpers/run_self');
const dir = path.join(__dirname, 'fixtures-data', 'config');

function run(args, cwd = dir) {
  console.log(`== ${args.join(' ')}`);
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', cwd });
  process.stdout.write(normalize(child.stdout).replace(/duration_ms: \*\n/g, ''));
  // (the program names itself at the start of its last words)
  // (the program names itself at the start of its last words; of an uncaught error, the line of
  // the runtime's own source shown above it is left out, and the stack)
  const stderr = normalize(child.stderr).replace(/^(\S*node|noderun): /gm, '<program>: ')
    .replace(/^node:internal\S*\n.*\n\s*\^\n/m, '').replace(/^Node\.js v.*\n/m, '');
  if (stderr) console.log(`stderr:\n${stderr}`);
  console.log(`exit code ${child.status}`);
}

run(['--experimental-config-file=tap.json', 'sample.test.js']);
run(['--no-warnings', '--experimental-config-file', 'tap.json', '--test', 'sample.test.js']);
run(['--no-warnings', '--experimental-config-file=tap.json', '--test-timeout=0', '--test-name-pattern=pattern',
  'sample.test.js']);
run(['--no-warnings', '--experimental-config-file=tap.json', '--test-reporter=dot', 'sample.test.js']);
run(['--no-warnings', '--experimental-config-file=node-options.json', 'sample.test.js']);
run(['--no-warnings', '--experimental-config-file=node-options.json', '--test', 'sample.test.js']);
run(['--no-warnings', '--experimental-default-config-file', 'sample.test.js'], path.join(dir, 'default'));
run(['--no-warnings', '--experimental-default-config-file', '--experimental-config-file=override.json',
  'sample.test.js'], path.join(dir, 'default'));
for (const bad of ['unknown', 'type', 'negative', 'twice', 'both', 'json', 'root', 'namespace', 'noop', 'words', 'array']) {
  run(['--no-warnings', `--experimental-config-file=bad-${bad}.json`, '-p', '"not printed"']);
}
run(['--no-warnings', '--experimental-config-file=missing.json', '-p', '"not printed"']);
run(['--no-warnings', '--experimental-default-config-file', '-p', '"not printed"']);
