// node:test from an ES module: the default export is test(), the named exports its companions;
// failure locations name the .mjs file.
import test, { describe, it, suite, mock, before } from 'node:test';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

if (process.argv[2] !== 'child') {
  createRequire(import.meta.url)('./helpers/run_self').runSelf(fileURLToPath(import.meta.url));
} else {
  console.log(typeof test, test.test === test, test.it === it, suite === describe, typeof mock.fn);
  before(() => {});
  describe('esm suite', () => {
    it('passes', () => {});
    it('fails', () => { throw new Error('from esm'); });
  });
  await test('top-level await on a test', async () => {});
}
