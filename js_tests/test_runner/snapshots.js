'use strict';
if (process.argv[2] !== 'child') {
  // t.assert.snapshot / fileSnapshot: without a snapshot file every assertion fails (exit code 1)
  // with node's tip; --test-update-snapshots writes the file (node's format: sorted
  // exports[`<full name> <n>`] = `<serialized>`; entries, keys and values escaped) and passes; the
  // next run compares with it and passes; a changed value fails with the assertion's diff.
  const { spawnSync } = require('child_process');
  const fs = require('fs');
  const path = require('path');
  const { normalize } = require('./helpers/run_self');
  const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'snapshots-'));
  const run = (title, execArgv, env = {}) => {
    console.log(`== ${title}`);
    const child = spawnSync(process.execPath, [...execArgv, __filename, 'child'],
      { encoding: 'utf8', env: { ...process.env, SNAPSHOT_DIR: dir, ...env } });
    // (how many frames of the cause's stack repeat depends on the runtime's internals)
    const text = (s) => normalize(s).split(dir).join('<tmp>')
      .replace(/\.\.\. \d+ lines matching cause stack trace \.\.\./g, '... lines matching cause stack trace ...');
    process.stdout.write(text(child.stdout));
    if (child.stderr) process.stdout.write(`stderr:\n${text(child.stderr)}`);
    console.log(`exit code ${child.status}`);
  };
  run('no snapshots yet', []);
  run('--test-update-snapshots', ['--test-update-snapshots']);
  console.log(fs.readFileSync(path.join(dir, 'snapshots.js.snapshot'), 'utf8'));
  console.log(JSON.stringify(fs.readFileSync(path.join(dir, 'out', 'value.json'), 'utf8')));
  run('again: compared with the files', []);
  run('a value changed', [], { CHANGED: '1' });
  fs.rmSync(dir, { recursive: true });
  return;
}
const { test, describe, snapshot } = require('node:test');
const path = require('path');
const dir = process.env.SNAPSHOT_DIR;
snapshot.setResolveSnapshotPath((file) => path.join(dir, `${path.basename(file)}.snapshot`));

describe('suite', () => {
  test('values', (t) => {
    t.assert.snapshot({ a: 1, list: [1, 'two'], changed: process.env.CHANGED ? 'yes' : 'no' });
    t.assert.snapshot('text with `backticks`, ${braces}, \\ and "quotes"\n');
    t.assert.snapshot(5);
  });
});
test('special `names` ${x} "q" \\ \r\t', (t) => { t.assert.snapshot(null); });
test('custom serializers', (t) => {
  t.assert.snapshot({ x: 1 }, { serializers: [(v) => Object.keys(v).join(','), (s) => `<${s}>`] });
});
test('file snapshot', (t) => {
  t.assert.fileSnapshot({ saved: true }, path.join(dir, 'out', 'value.json'));
});
test('bad options', (t) => {
  t.assert.throws(() => t.assert.snapshot(1, { serializers: [1] }), { code: 'ERR_INVALID_ARG_TYPE' });
  t.assert.throws(() => t.assert.snapshot(10n), { code: 'ERR_INVALID_STATE' });
});
