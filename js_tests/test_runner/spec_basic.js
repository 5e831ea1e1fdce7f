'use strict';
if (process.argv[2] !== 'child') return require('./helpers/run_self').runSelf(__filename);
// The spec reporter's lines for passing, failing, skipped and todo tests, suites and subtests, the
// summary, and the failed tests listed again with their location and error; exit code 1.
const test = require('node:test');
const assert = require('assert');

test('adds', () => { assert.strictEqual(1 + 1, 2); });
test('fails', () => { assert.strictEqual(1 + 1, 3); });
test.describe('suite', () => {
  test.it('inner', () => {});
  test.it.skip('skipped', () => {});
  test.it.todo('todo');
  test.describe('deeper', () => {
    test.it('deepest fails', () => { throw new TypeError('bad type'); });
  });
});
test('with subtests', async (t) => {
  await t.test('sub one', () => {});
  t.test('sub two not awaited', async () => { await new Promise((r) => setTimeout(r, 5)); });
  t.diagnostic('a diagnostic');
});
test('rejects', () => Promise.reject(new RangeError('rejected')));
test('throws a string', () => { throw 'just a string'; });
test('callback style', (t, done) => { setTimeout(done, 1); });
test('callback error', (t, done) => { setImmediate(() => done(new Error('via done'))); });
test('skip option', { skip: 'not today' }, () => {});
test('todo option failing', { todo: 'later' }, () => { throw new Error('not yet'); });
test('t.skip', (t) => { t.skip('runtime skip'); });
test('t.todo', (t) => { t.todo(); });
test('parent fails by child', async (t) => {
  await t.test('child fails', () => { assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }); });
});
test(function namedFunction() {});
test(() => {});
