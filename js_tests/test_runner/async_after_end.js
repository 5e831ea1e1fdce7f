'use strict';
if (process.argv[2] !== 'child') {
  // What a test's or a hook's body started that throws after it ended is reported as node 24
  // does: a diagnostic naming the test or hook and where it was declared, and exit code 1 (under
  // --test the file then fails). While the test runs, such an error fails that very test.
  return require('./helpers/run_self').runSelf(__filename);
}
const { test, before } = require('node:test');
before(() => { setTimeout(() => { throw new Error('from before'); }, 10); });
test('throws later', () => { setTimeout(() => { throw new Error('too late'); }, 60); });
test('rejects later', () => { setTimeout(() => Promise.reject(new RangeError('late rejection')), 110); });
test('throws while it runs', async () => {
  setTimeout(() => { throw new TypeError('during'); }, 5);
  await new Promise((resolve) => setTimeout(resolve, 30));
});
test('waits', () => new Promise((resolve) => setTimeout(resolve, 200)));
