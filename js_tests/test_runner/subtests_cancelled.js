'use strict';
if (process.argv[2] !== 'child') return require('./helpers/run_self').runSelf(__filename);
// Subtests a test does not await, declared after an awaited one: when the test's body ends, one
// whose body has not finished is cancelled with the test, and one waiting for a free slot too;
// one with a synchronous body has run to its end by then and passes, as in node 24. Without an
// awaited sibling before them, the subtests are all waited for.
const { test } = require('node:test');

test('an asynchronous one is cancelled', async (t) => {
  await t.test('first', () => {});
  t.test('second', async () => { await new Promise((resolve) => setTimeout(resolve, 50)); });
  t.test('third', () => {});
});

test('a synchronous one has run', async (t) => {
  await t.test('first', () => {});
  t.test('second', () => {});
});

test('none awaited: all waited for', async (t) => {
  t.test('first', () => {});
  t.test('second', async () => { await new Promise((resolve) => setTimeout(resolve, 50)); });
  t.test('third', () => {});
});
