'use strict';
if (process.argv[2] !== 'child') return require('./helpers/run_self').runSelf(__filename);
// Subtests a test does not await: waited for, unless declared after an earlier one had finished
// (then cancelled); subtests with concurrency; the tests of a todo suite are todo.
const { test, describe } = require('node:test');
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test('A', async (t) => { t.test('a1', async () => { await wait(5); }); });
test('B', async (t) => { await t.test('b0', () => {}); t.test('b1', async () => { await wait(5); }); });
test('C', async (t) => { t.test('c0', () => {}); t.test('c1', async () => { await wait(5); }); });
test('D', (t) => { t.test('d1', async () => { await wait(5); }); });
test('E', async (t) => { await null; t.test('e1', async () => { await wait(5); }); });
test('concurrent', { concurrency: 4 }, async (t) => {
  t.test('one', async () => {});
  t.test('two', async () => { throw new Error('two fails'); });
  t.test('three', { skip: 'skipped' }, async () => {});
  t.test('four', async (s) => { s.diagnostic('four says'); });
});
describe.todo('todo suite', () => {
  test('fails without failing the run', () => { throw new Error('todo'); });
});
