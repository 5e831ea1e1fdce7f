'use strict';
if (process.argv[2] !== 'child') return require('./helpers/run_self').runSelf(__filename);
// before / after / beforeEach / afterEach at the top level, in suites and on a test's context: the
// order they run in (printed at exit, so it does not mix with the report), t.name in each hook.
const { test, describe, it, before, after, beforeEach, afterEach } = require('node:test');
const log = [];
process.on('exit', () => console.log(log.join('\n')));

before(() => log.push('root before'));
after(() => log.push('root after'));
beforeEach((t) => log.push(`root beforeEach ${t.name}`));
afterEach((t) => log.push(`root afterEach ${t.name}`));

test('first', () => log.push('first body'));
describe('outer', () => {
  before(() => log.push('outer before'));
  after(() => log.push('outer after'));
  beforeEach((t) => log.push(`outer beforeEach ${t.name}`));
  afterEach((t) => log.push(`outer afterEach ${t.name}`));
  it('one', () => log.push('one body'));
  describe('inner', () => {
    beforeEach((t) => log.push(`inner beforeEach ${t.name}`));
    it('two', () => log.push('two body'));
  });
});
test('context hooks', async (t) => {
  t.beforeEach((s) => log.push(`ctx beforeEach ${s.name}`));
  t.afterEach((s) => log.push(`ctx afterEach ${s.name}`));
  t.after(() => log.push('ctx after'));
  await t.test('child', (s) => log.push(`child body ${s.fullName}`));
});
test('skipped', { skip: true }, () => log.push('never'));
describe('failing before', () => {
  before(() => { throw new Error('before failed'); });
  it('not run', () => log.push('never either'));
});
