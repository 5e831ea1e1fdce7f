'use strict';
// --test with patterns (a glob, a file) and the reporters: tap, dot, and --test-name-pattern /
// --test-skip-pattern passed on to each file; a pattern that matches nothing.
const path = require('path');
const { runWith } = require('./helpers/run_self');
const cwd = path.join(__dirname, 'fixtures-data', 'project');
runWith(['--test', '--test-reporter=tap', 'math.test.js', 'test/*.mjs'], cwd);
runWith(['--test', '--test-reporter', 'dot', 'math.test.js', 'test/*.mjs'], cwd);
runWith(['--test', '--test-name-pattern=adds', 'math.test.js'], cwd);
runWith(['--test', '--test-skip-pattern', 'adds', 'math.test.js'], cwd);
runWith(['--test', 'missing.test.js'], cwd);
