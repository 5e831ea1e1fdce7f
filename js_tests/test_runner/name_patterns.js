'use strict';
if (process.argv[2] !== 'child') {
  // node 24 matches a --test-name-pattern to a test's own name, to any ancestor's (a suite that
  // matches keeps all its tests) and to its name joined to its ancestors' by spaces ("a d b");
  // a suite none of whose tests is kept is not reported; test numbers count only what is kept.
  // --test-skip-pattern leaves out what it matches the same way. A pattern that keeps nothing
  // still reports the plan "1..0".
  const { runSelf } = require('./helpers/run_self');
  for (const pattern of ['^a b$', '^a c$', '^a d b$', '^x$', 'b', 'a > b']) {
    console.log(`== --test-name-pattern=${pattern}`);
    runSelf(__filename, { execArgv: ['--test-reporter=tap', `--test-name-pattern=${pattern}`] });
  }
  console.log('== --test-skip-pattern=^a');
  runSelf(__filename, { execArgv: ['--test-reporter=tap', '--test-skip-pattern=^a'] });
  console.log('== both, several of each');
  runSelf(__filename, { execArgv: ['--test-reporter=tap', '--test-name-pattern=/^A/i', '--test-name-pattern=x',
    '--test-skip-pattern=d', '--test-skip-pattern=^y$'] });
  console.log('== --test, a file whose tests are all left out: its empty plan comes through');
  require('./helpers/run_self').runWith(['--test', '--test-reporter=tap', '--test-name-pattern=zzz', 'math.test.js'],
    require('path').join(__dirname, 'fixtures-data', 'project'));
  return;
}
const { describe, it, test } = require('node:test');

describe('a', () => {
  it('b', () => {});
  it('c', (t) => { t.test('sub', () => {}); });
  describe('d', () => { it('b', () => {}); });
});
test('a b', () => {});
test('x', async (t) => { await t.test('y', () => {}); await t.test('z', () => {}); });
