'use strict';
if (process.argv[2] !== 'child') {
  const { runSelf } = require('./helpers/run_self');
  runSelf(__filename, { execArgv: ['--experimental-test-module-mocks'] });
  runSelf(__filename, { args: ['no-flag'] });
  return;
}
// mock.module() (under --experimental-test-module-mocks): require() and import() of a mocked
// CommonJS file, ES module, JSON module or builtin give the mock's exports (defaultExport,
// namedExports), a new object each time unless `cache: true`; the specifier resolves from the
// file that calls mock.module(); restore() / the end of the test bring the original back; bad
// input gets node's errors. Without the flag mock.module is not there.
const assert = require('node:assert');
const { test, mock } = require('node:test');
const { pathToFileURL } = require('node:url');

if (process.argv[3] === 'no-flag') {
  console.log('mock.module:', typeof mock.module);
  return;
}

const dir = `${__dirname}/fixtures-data/mock-module`;
const cjs = `${dir}/dep.cjs`;
const esm = `${dir}/dep.mjs`;

test('a CommonJS file', async (t) => {
  const original = require(cjs);
  const ctx = t.mock.module(pathToFileURL(cjs), { namedExports: { fn() { return 42; } } });
  console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(ctx)));
  const mocked = require(cjs);
  console.log(mocked, mocked === require(cjs), mocked.fn());
  const ns = await import(pathToFileURL(cjs));
  console.log(ns, Object.keys(ns));
  ctx.restore();
  ctx.restore();
  console.log(require(cjs) === original, await import(pathToFileURL(cjs)));
});

test('cache: true, and defaultExport with named exports copied onto it', async (t) => {
  const original = require(cjs);
  const defaultExport = { fromDefault: 1, shared: 'default' };
  t.mock.module(pathToFileURL(cjs), { defaultExport, namedExports: { shared: 'named' }, cache: true });
  const mocked = require(cjs);
  console.log(mocked === defaultExport, mocked, mocked === require(cjs));
  console.log(require.cache[cjs].exports === mocked);
  t.mock.reset();
  console.log(require(cjs) === original, require.cache[cjs].exports === original);
});

test('an ES module', async (t) => {
  const original = await import(pathToFileURL(esm));
  t.mock.module(pathToFileURL(esm).href, { namedExports: { string: 'mocked' } });
  const mocked = await import(pathToFileURL(esm));
  console.log(mocked, mocked === original, mocked === await import(pathToFileURL(esm)));
  console.log((await import(`${dir}/reexport.mjs`)).string);
  console.log(require(esm));
  t.mock.restoreAll();
  console.log(await import(pathToFileURL(esm)) === original);
});

test('an ES module with a default export, cached', async (t) => {
  t.mock.module(pathToFileURL(esm), { defaultExport: 'mocked default', cache: true });
  const mocked = await import(pathToFileURL(esm));
  console.log(mocked, mocked === await import(pathToFileURL(esm)), require(esm));
  t.mock.reset();
  t.mock.module(pathToFileURL(esm), { defaultExport: undefined });
  console.log(await import(pathToFileURL(esm)));
});

test('a JSON module', async (t) => {
  t.mock.module(pathToFileURL(`${dir}/data.json`), { defaultExport: { json: 'mocked' }, namedExports: { extra: 1 } });
  console.log(await import(pathToFileURL(`${dir}/data.json`), { with: { type: 'json' } }));
  console.log(require(`${dir}/data.json`));
  await assert.rejects(import(pathToFileURL(`${dir}/data.json`)), (error) => {
    console.log(error.code);
    return true;
  });
});

test('builtins, with or without node:', async (t) => {
  const original = require('readline');
  const ctx = t.mock.module('readline', { namedExports: { fn() { return 'mocked'; } } });
  const mocked = require('node:readline');
  console.log(mocked, mocked.cursorTo, require('readline') === mocked);
  console.log(await import('node:readline'));
  ctx.restore();
  console.log(require('readline') === original, typeof (await import('readline')).cursorTo);
});

test('named exports need an object to go on', async (t) => {
  t.mock.module(pathToFileURL(cjs), { defaultExport: null, namedExports: { a: 1 } });
  assert.throws(() => require(cjs), (error) => {
    console.log(error.constructor.name, error.message);
    return true;
  });
  await assert.rejects(import(pathToFileURL(cjs)), /Cannot create mock/);
  t.mock.module(pathToFileURL(esm), { defaultExport: () => 1, namedExports: { a: 1 } });
  assert.throws(() => require(esm), /Cannot create mock/);
  console.log(await import(pathToFileURL(esm)));
});

test('a relative specifier resolves from the calling file', async (t) => {
  const { mockFromHere } = require(`${dir}/sub/helper.js`);
  mockFromHere({ defaultExport: 'mocked sub' });
  console.log(require(`${dir}/sub/dep.cjs`), require(cjs));
});

test('bad input', (t) => {
  for (const args of [[5], [{}], [null], [cjs, null], [cjs, 5], [cjs, { cache: 1 }], [cjs, { namedExports: null }],
    ['./missing.js'], ['missing-package']]) {
    try {
      t.mock.module(...args);
    } catch (error) {
      console.log(error.name, error.code, error.message);
    }
  }
  t.mock.module(cjs, { defaultExport: 1 });
  assert.throws(() => t.mock.module(pathToFileURL(cjs).href), (error) => {
    console.log(error.name, error.code, error.message);
    return true;
  });
});

test('mocks end with their test', async () => {
  console.log(require(cjs), await import(pathToFileURL(esm)));
});
