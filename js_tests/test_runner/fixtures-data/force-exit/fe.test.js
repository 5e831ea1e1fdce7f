'use strict';
const { test, describe } = require('node:test');
describe('suite <&> "q"', () => {
  test.skip('skipped', () => {});
  test.todo('todo', () => {});
  test('with a diagnostic', (t) => { t.diagnostic('note & <more>'); });
  test('fails and schedules more work', () => {
    setTimeout(() => { throw new Error('this should not have a chance to be thrown'); }, 1000);
    throw new Error('fails "here" & <there>');
  });
});
test('passes', (t) => { t.test('sub', () => {}); });
