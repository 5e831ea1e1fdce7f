'use strict';
// Custom reporters (--test-reporter=<module>): an async generator function over the events
// (CommonJS), a stream class (an ES module's default export), one beside a built-in reporter with
// destinations; the same under --test. Failing tests: exit code 1.
const path = require('path');
const { runWith } = require('./helpers/run_self');
const dir = path.join(__dirname, 'fixtures-data', 'reporters');
runWith(['--test-reporter=./counting.js', 'sample.test.js'], dir);
runWith(['--test-reporter=./upper.mjs', 'sample.test.js'], dir);
runWith(['--test-reporter=./counting.js', '--test-reporter-destination=stdout',
  '--test-reporter=dot', '--test-reporter-destination=stderr', 'sample.test.js'], dir);
runWith(['--test', '--test-reporter=./counting.js', 'sample.test.js'], dir);
