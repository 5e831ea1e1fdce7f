'use strict';
if (process.argv[2] !== 'child') return require('./helpers/run_self').runSelf(__filename);
// `only` (no --test-only needed in node 24): once a test has it, only the `only` tests, the suites
// holding one and what an `only` test or suite contains run; t.runOnly(true) keeps only a test's
// `only` subtests. What is left out is not reported at all. t.mock restores after its test.
const { test, describe, it } = require('node:test');
const log = [];
process.on('exit', () => console.log(log.join('\n')));

test('left out', () => log.push('never'));
test.only('only test', async (t) => {
  t.runOnly(true);
  await t.test('sub left out', () => log.push('never either'));
  await t.test('sub only', { only: true }, () => {});
  const obj = { f: () => 'real' };
  t.mock.method(obj, 'f', () => 'mocked');
  log.push(`during: ${obj.f()}`);
  t.after(() => log.push(`in after: ${obj.f()}`));
  test.saved = obj;
});
test('after the only test', () => log.push('left out too'));
describe.only('only suite', () => {
  it('runs', () => {});
  describe('nested', () => { it('runs too', () => {}); });
});
describe('holds an only', () => {
  it('left out', () => {});
  it.only('kept', () => log.push(`restored: ${test.saved.f()}`));
});
