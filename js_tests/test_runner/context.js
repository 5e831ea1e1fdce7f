'use strict';
if (process.argv[2] !== 'child') return require('./helpers/run_self').runSelf(__filename);
// The TestContext: name / fullName, plan with t.assert, signal aborted when the test ends,
// timeout, waitFor, diagnostics at each nesting level, options validated.
const { test, describe, it } = require('node:test');
const log = [];
process.on('exit', () => console.log(log.join('\n')));

describe('names', () => {
  it('leaf', (t) => { log.push(`${t.name} | ${t.fullName}`); });
});
test('plan met', (t) => {
  t.plan(3);
  t.assert.ok(true);
  t.assert.strictEqual(1, 1);
  t.assert.deepStrictEqual([1], [1]);
});
test('plan missed', (t) => { t.plan(2); t.assert.ok(true); });
test('plan counts subtests', async (t) => {
  t.plan(1);
  await t.test('one', () => {});
});
let saved;
test('signal', (t) => { saved = t.signal; log.push(`aborted during: ${t.signal.aborted}`); });
test('signal after', () => { log.push(`aborted after: ${saved.aborted} ${saved.reason?.name}`); });
test('times out', { timeout: 10 }, () => new Promise((r) => setTimeout(r, 200)));
test('waitFor', async (t) => {
  let ready = false;
  setTimeout(() => { ready = true; }, 20);
  const value = await t.waitFor(() => { if (!ready) throw new Error('not yet'); return 42; }, { interval: 5 });
  log.push(`waitFor gave ${value}`);
});
test('diagnostics', async (t) => {
  t.diagnostic('outer diagnostic');
  await t.test('inner', (s) => { s.diagnostic('inner diagnostic'); });
});
for (const bad of [{ timeout: -1 }, { concurrency: 'a' }, { signal: 1 }, 'not options but name']) {
  try { test('bad', bad, () => {}); log.push('accepted'); } catch (e) { log.push(`${e.name} ${e.code}: ${e.message}`); }
}
