'use strict';
// The counts of a 'test:summary' event as node names them (the runner's own tallies say pass / fail,
// as its diagnostics lines do).

function summaryCounts(counts, topLevel) {
  return {
    tests: counts.tests,
    failed: counts.fail,
    passed: counts.pass,
    cancelled: counts.cancelled,
    skipped: counts.skipped,
    todo: counts.todo,
    topLevel,
    suites: counts.suites,
  };
}

module.exports = { summaryCounts };
