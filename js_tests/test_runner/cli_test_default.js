'use strict';
// --test with no pattern: node's default patterns (*.test.*, *_test.*, test-*.*, test/**), not
// node_modules, each file in its own process, in sorted order; a file's own output passes
// through; a file that exits non-zero or declares no test is reported as a test named after it.
const path = require('path');
require('./helpers/run_self').runWith(['--test'], path.join(__dirname, 'fixtures-data', 'project'));
// --no-experimental-strip-types: the TypeScript patterns are left out
require('./helpers/run_self').runWith(['--test', '--no-experimental-strip-types', '--test-reporter=dot'],
  path.join(__dirname, 'fixtures-data', 'project'));
