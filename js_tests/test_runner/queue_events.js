'use strict';
// The events node:test gives a reporter, in node 24's order and with its keys in node's order:
// test:enqueue / test:dequeue as each test is queued and starts (one that waited for its
// parent's concurrency is dequeued with its parent's type, as node does), test:complete as each
// ends (before its result is reported in declaration order), test:start of a test once a subtest
// of it has a result, plans and diagnostics with their location, the summary with its file. Then
// the same files under --test: each file queued as a test, its own events, its test:complete.
const path = require('path');
const { runWith } = require('./helpers/run_self');
const reporter = `--test-reporter=${path.join(__dirname, 'helpers', 'event_reporter.mjs')}`;
const cwd = path.join(__dirname, 'fixtures-data', 'queue-events');
runWith([reporter, 'suites.test.js'], cwd);
runWith(['--test', reporter, '--test-concurrency=1', 'broken.test.js', 'plain.test.js', 'suites.test.js'], cwd);
