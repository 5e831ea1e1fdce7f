'use strict';
// Tests that fail on their first attempts (t.attempt counts the runs recorded in the state file).
const { test, describe, it } = require('node:test');

test('fails twice', (t) => {
  if (t.attempt < 2) throw new Error(`attempt ${t.attempt}`);
});

test('passes at once', (t) => {
  console.log(`passes at once: ran on attempt ${t.attempt}`);
});

test('parent', async (t) => {
  console.log(`parent: ran on attempt ${t.attempt}`);
  await t.test('child ok', () => {});
  await t.test('child flaky', (t) => {
    if (t.attempt < 1) throw new Error('first attempt');
  });
});

describe('suite', () => {
  console.log('suite body ran');
  it('a', () => {});
  it('b', (t) => {
    if (t.attempt < 1) throw new Error('first attempt');
  });
});

// three tests declared at one place: node 24.12.0 names the second and every later one ":(1)"
function atOnePlace(name, failures) {
  test(name, (t) => {
    if (t.attempt < failures) throw new Error('not yet');
  });
}
atOnePlace('same place 0', 0);
atOnePlace('same place 1', 1);
atOnePlace('same place 2', 0);

test('skipped', { skip: true }, () => {});
test('todo failing', { todo: true }, () => { throw new Error('todo'); });
