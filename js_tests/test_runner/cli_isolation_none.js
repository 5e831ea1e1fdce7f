'use strict';
// --test-isolation=none: the files load one after the other into the runner's own process under
// one root; a top-level before() runs as soon as it is declared, beforeEach / after of every file
// apply to all tests, which start once all files are loaded; a file without tests counts as a
// test named after it; t.filePath is the file that declared the test. The report comes a turn of
// the event loop after what the tests print. Also through run({ isolation: 'none' }).
const path = require('path');
const dir = path.join(__dirname, 'fixtures-data', 'no-isolation');
if (process.argv[2] === 'child') {   // run() in this process
  const { run } = require('node:test');
  const events = [];
  run({ cwd: dir, isolation: 'none' }).on('data', ({ type, data }) => {
    if (type === 'test:pass' || type === 'test:fail') events.push(`${type} ${data.name}`);
    if (type === 'test:summary') events.push(`summary success=${data.success}`);
  }).on('end', () => console.log(events.join('\n')));
  return;
}
const { runWith, runSelf } = require('./helpers/run_self');
runWith(['--test', '--test-isolation=none', '--test-reporter=tap'], dir);
runWith(['--test', '--test-isolation=none', '--test-name-pattern=two'], dir);
runSelf(__filename);
