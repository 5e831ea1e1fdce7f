'use strict';
// NODERUN_TEST_LIST=1 (noderun's own, for the pytest plugin: noderun/pytest_js_tests.py): the file
// declares its tests as usual, the suites' bodies run, but no test, hook or test body runs; once
// the event loop is idle each declared test and suite is written as a line of JSON behind the
// marker of reporter/child.js, parents before their children. Subtests that a test's body would
// create (t.test()) are not known then: they run as part of their test.

const { kMarker } = require('internal/test_runner/reporter/child');

async function settleBuilds(test) {
  for (const child of test.subtests) {
    if (child.buildPromise) await child.buildPromise;
    await settleBuilds(child);
  }
}

function declared(test, path, lines) {
  for (const child of test.subtests) {
    const names = [...path, child.name];
    const entry = { path: names, kind: child.isSuite ? 'suite' : 'test' };
    if (child.loc) Object.assign(entry, { line: child.loc.line, column: child.loc.column });
    if (child.skipped) entry.skip = child.skipMessage;
    if (child.isTodo) entry.todo = child.todoMessage;
    lines.push(`${kMarker}${JSON.stringify({ type: 'noderun:declared', data: entry })}\n`);
    declared(child, names, lines);
  }
  return lines;
}

async function listTests(root) {
  await settleBuilds(root);
  process.stdout.write(declared(root, [], []).join(''));
}

module.exports = { listTests };
