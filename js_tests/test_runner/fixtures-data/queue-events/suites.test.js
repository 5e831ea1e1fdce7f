'use strict';
const { test, describe, it } = require('node:test');

describe('suite', () => {
  it('one', () => {});
  it.skip('skipped', () => {});
  it('fails', () => { throw new Error('no'); });
});

test('parent', async (t) => {
  await t.test('first', () => {});
  t.diagnostic('a note');
  await t.test('second', () => {});
});

test('concurrent', { concurrency: 2 }, async (t) => {
  t.test('a', () => new Promise((resolve) => setImmediate(resolve)));
  t.test('b', () => {});
  t.test('c', () => {});
});

test.todo('later');
