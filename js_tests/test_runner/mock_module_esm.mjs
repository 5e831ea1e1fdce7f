// mock.module() from an ES module: a static import in a module loaded after the mock gets the
// mock (here through a module that re-exports it), relative specifiers resolve from this file,
// a builtin mock serves `import` as `node:` names it, and restore() brings the original back.
import { test, mock } from 'node:test';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';

if (process.argv[2] !== 'child') {
  const { normalize } = createRequire(import.meta.url)('./helpers/run_self.js');
  const child = spawnSync(process.execPath, ['--experimental-test-module-mocks', import.meta.filename, 'child'],
    { encoding: 'utf8' });
  process.stdout.write(normalize(child.stdout));
  console.log(`exit code ${child.status}`);
} else {
  const require = createRequire(import.meta.url);
  const dep = mock.module('./fixtures-data/mock-module/dep.mjs', {
    namedExports: { string: 'mocked through a static import' },
  });
  const { string } = await import('./fixtures-data/mock-module/reexport.mjs');
  console.log(string);
  dep.restore();
  console.log((await import('./fixtures-data/mock-module/dep.mjs')).string);

  test('os', async (t) => {
    t.mock.module('node:os', { defaultExport: { platform: () => 'mocked-os' }, namedExports: { arch: () => 'mocked-arch' } });
    const os = await import('os');
    console.log(os.default.platform(), os.arch(), require('os').platform(), require('node:os').arch());
  });

  test('then os is back', async () => {
    const os = await import('node:os');
    console.log(typeof os.cpus, os.arch() === process.arch);
  });

  test('a failing expectation reports the mocked value', async (t) => {
    t.mock.module('./fixtures-data/mock-module/dep.cjs', { namedExports: { string: 'mocked' } });
    const { string } = await import('./fixtures-data/mock-module/dep.cjs');
    t.assert.strictEqual(string, 'original cjs');
  });
}
