'use strict';
// mock.module() (node 24 under --experimental-test-module-mocks; doc/api/test.md "mock.module"):
// while a module is mocked, require() and import of it give the mock's exports instead. The
// specifier resolves as import() would from the file that called mock.module(), to a URL; a mock
// is found by that URL, whichever module system asks.
//
// require() asks lookupRequire() (set in the CommonJS loader while a mock exists). import asks the
// host: esm.py's normalize sends a mocked URL to a name of the mock's own, and its loader builds a
// facade module over importExports() below. A mock made with `cache: false` (the default) gives a
// new module object at each require() / import; with `cache: true` the same one each time (for a
// CommonJS file, put in require.cache in place of the original until restored).

const path = require('path');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_STATE } } = require('internal/errors');
const { validateBoolean, validateObject } = require('internal/validators');

const mocksByUrl = new Map();
const mocksById = new Map();
let nextId = 0;
let warned = false;

// The URL `specifier` names for import() in the file `callerFile` (a path or a URL).
function resolveFrom(specifier, callerFile) {
  const { pathToFileURL } = require('url');
  let base;
  if (typeof callerFile === 'string' && callerFile.startsWith('file:')) base = callerFile;
  else if (typeof callerFile === 'string' && path.isAbsolute(callerFile)) base = pathToFileURL(callerFile).href;
  else base = pathToFileURL(path.join(process.cwd(), '[eval]')).href;
  return host.resolveImport(specifier, base);
}

// 'builtin', 'commonjs', 'json' or 'module': the format decides what an import of the mock holds.
function formatOf(url) {
  if (url.startsWith('node:')) return 'builtin';
  const filename = host.fileURLToPath(url);
  const format = host.moduleFormat(filename);
  if (format === 'commonjs-detect') return host.looksLikeModule(host.readSource(filename)) ? 'module' : 'commonjs';
  return format;
}

class MockModuleContext {
  #mock;

  constructor(mock) {
    this.#mock = mock;
  }

  restore() {
    const mock = this.#mock;
    if (mocksByUrl.get(mock.url) !== mock) return;
    mocksByUrl.delete(mock.url);
    mocksById.delete(mock.id);
    host.unmockModule(mock.url);
    if (mock.cjsFile !== null) {
      const Module = require('internal/modules/cjs/loader');
      if (Module._cache[mock.cjsFile] === mock.cjsModule) {
        if (mock.originalCjsModule === undefined) delete Module._cache[mock.cjsFile];
        else Module._cache[mock.cjsFile] = mock.originalCjsModule;
      }
    }
    if (mocksByUrl.size === 0) require('internal/modules/cjs/loader').setMockLookup(null);
  }
}

function mockModule(specifier, options = {}, callerFile) {
  const { isURL } = require('internal/url');
  if (typeof specifier !== 'string' && !isURL(specifier)) {
    throw new ERR_INVALID_ARG_TYPE('specifier', ['string', 'URL'], specifier);
  }
  validateObject(options, 'options');
  const { cache = false, namedExports = {} } = options;
  validateBoolean(cache, 'options.cache');
  validateObject(namedExports, 'options.namedExports');
  if (!warned) {
    warned = true;
    process.emitWarning('Module mocking is an experimental feature and might change at any time', 'ExperimentalWarning');
  }
  const url = resolveFrom(`${specifier}`, callerFile);
  if (mocksByUrl.has(url)) {
    throw new ERR_INVALID_STATE(`Cannot mock '${specifier}'. The module is already mocked.`);
  }
  const mock = {
    id: nextId++,
    url,
    format: formatOf(url),
    cache,
    hasDefault: Object.prototype.hasOwnProperty.call(options, 'defaultExport'),
    defaultExport: options.defaultExport,
    namedExports,
    cjsExports: undefined,    // (cache: true) what require() gave the first time
    cjsFile: null,            // (cache: true, a CommonJS file) its require.cache entry
    cjsModule: null,
    originalCjsModule: undefined,
  };
  mocksByUrl.set(url, mock);
  mocksById.set(mock.id, mock);
  host.mockModule(url, mock.id, cache);
  require('internal/modules/cjs/loader').setMockLookup(lookupRequire);
  return new MockModuleContext(mock);
}

// module.exports of the mock as require() sees it: the default export (an empty object without
// one) with the named exports copied onto it.
function cjsExportsOf(mock) {
  if (mock.cache && mock.cjsExports !== undefined) return mock.cjsExports;
  const exports = mock.hasDefault ? mock.defaultExport : {};
  const names = Object.keys(mock.namedExports);
  if (names.length > 0) {
    if (exports === null || typeof exports !== 'object') {
      throw new Error('Cannot create mock because named exports cannot be applied to the provided default export.');
    }
    Object.assign(exports, mock.namedExports);
  }
  if (mock.cache) mock.cjsExports = exports;
  return exports;
}

// For require(): `filename` is what Module._resolveFilename gave (a path, or a builtin's name).
// Returns { exports } for a mocked module, else undefined.
function lookupRequire(filename) {
  let url;
  if (path.isAbsolute(filename)) url = host.pathToFileURL(filename);
  else if (host.isBuiltin(filename)) url = filename.startsWith('node:') ? filename : `node:${filename}`;
  else return undefined;
  const mock = mocksByUrl.get(url);
  if (mock === undefined) return undefined;
  const exports = cjsExportsOf(mock);
  if (mock.cache && url.startsWith('file:') && mock.cjsModule === null) {
    const Module = require('internal/modules/cjs/loader');
    mock.cjsFile = filename;
    mock.originalCjsModule = Module._cache[filename];
    const module = new Module(filename, null);
    module.filename = filename;
    module.exports = exports;
    module.loaded = true;
    mock.cjsModule = module;
    Module._cache[filename] = module;
  }
  return { exports };
}

// For the host's facade of a mocked module (esm.py): what its namespace holds. An ES module or
// JSON mock exports the named exports and a default one only if given; a CommonJS or builtin one
// exports its module.exports as `default` and as 'module.exports', and the named exports.
function importShape(id) {
  const mock = mocksById.get(id);
  const cjs = mock.format === 'commonjs' || mock.format === 'builtin';
  return JSON.stringify({ names: Object.keys(mock.namedExports), default: cjs || mock.hasDefault, cjs });
}

function importExports(id) {
  const mock = mocksById.get(id);
  const cjs = mock.format === 'commonjs' || mock.format === 'builtin';
  const namespace = { __proto__: null, ...mock.namedExports };
  if (cjs) namespace.default = cjsExportsOf(mock);
  else if (mock.hasDefault) namespace.default = mock.defaultExport;
  return namespace;
}

module.exports = { mockModule, importShape, importExports };
