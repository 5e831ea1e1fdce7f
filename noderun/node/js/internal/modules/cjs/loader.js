'use strict';
// CommonJS: Module, require(), the cache, JSON modules and cycles, with node's semantics. Finding a
// file (node's resolution algorithm) and compiling the module wrapper are host work
// (loader/resolve.py, loader/cjs.py); the module objects live here because scripts use them.

const path = require('path');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_REQUIRE_CYCLE_MODULE },
} = require('internal/errors');
const { coverageEnabled, markCjsWrapper, markWrappedFile } = require('internal/process/execution');

const builtinModules = Object.freeze(host.builtinModules());
let requireBuiltin;   // set by setup()
let loadESMFromCJS;

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  Object.defineProperty(this, 'exports', { value: {}, writable: true, enumerable: true, configurable: true });
  this.filename = null;
  this.loaded = false;
  this.children = [];
  Object.defineProperty(this, 'parent', {
    value: parent, writable: true, enumerable: false, configurable: true,
  });
  if (parent && Array.isArray(parent.children)) parent.children.push(this);
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
// The folders searched after node_modules ($NODE_PATH, ~/.node_modules, ~/.node_libraries,
// <prefix>/lib/node); a program that changes process.env.NODE_PATH calls Module._initPaths().
Module._initPaths = function _initPaths() {
  const prefix = path.resolve(process.execPath, '..', '..', 'lib', 'node');
  Module.globalPaths = host.initGlobalPaths(process.env.NODE_PATH ?? '', process.env.HOME ?? '', prefix);
};
Module._initPaths();
Module.builtinModules = builtinModules;
Module.isBuiltin = function isBuiltin(name) {
  return host.isBuiltin(`${name}`);
};
Module.Module = Module;
// Module.wrapper and Module.wrap: non-enumerable accessors as in node; a program may replace either.
let wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
let wrap = (script) => `${wrapper[0]}${script}${wrapper[1]}`;
Object.defineProperties(Module, {
  wrapper: { get() { return wrapper; }, set(value) { wrapper = value; }, enumerable: false, configurable: false },
  wrap: { get() { return wrap; }, set(value) { wrap = value; }, enumerable: false, configurable: false },
});

Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/');
    if (dir === '') continue;
    paths.push(`${dir}/node_modules`);
  }
  paths.push('/node_modules');
  return paths;
};

function requireStack(parent) {
  const stack = [];
  for (let cursor = parent; cursor; cursor = cursor.parent) stack.push(cursor.filename || cursor.id);
  return stack;
}

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (typeof request !== 'string') throw new ERR_INVALID_ARG_TYPE('id', 'string', request);
  if (options?.paths) {
    let lastError;
    for (const lookup of options.paths) {
      try {
        return host.resolveRequire(request, path.join(path.resolve(lookup), '[paths]'), '[]');
      } catch (err) {
        lastError = err;
      }
    }
    throw lastError;
  }
  const parentFilename = parent?.filename ?? (parent ? path.join(process.cwd(), parent.id) : null);
  const filename = host.resolveRequire(request, parentFilename, JSON.stringify(parent ? requireStack(parent) : []));
  // a builtin resolves to the name it was asked by: 'path' stays 'path', 'node:fs' stays 'node:fs'
  return filename.startsWith('node:') ? request : filename;
};

let internalsExposed;
// While mock.module() has a module mocked (internal/test_runner/mock_module.js): its lookup, which
// gives { exports } for a mocked filename.
let mockLookup = null;

Module._load = function _load(request, parent, isMain) {
  // --expose-internals: 'internal/...' names noderun's internal modules, as node's (its tests use them)
  internalsExposed ??= process.execArgv.includes('--expose-internals');
  if (internalsExposed && request.startsWith('internal/') && host.hasInternal(request)) return requireBuiltin(request);
  const filename = Module._resolveFilename(request, parent, isMain);
  if (mockLookup !== null) {
    const mocked = mockLookup(filename);
    if (mocked !== undefined) return mocked.exports;
  }
  if (host.isBuiltin(filename)) return requireBuiltin(filename.startsWith('node:') ? filename.slice(5) : filename);

  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    if (!cachedModule.loaded && cachedModule[kLoadingESM]) {   // require(esm) that comes round again
      const from = cachedModule.parent?.filename;
      throw new ERR_REQUIRE_CYCLE_MODULE(`Cannot require() ES Module ${filename} in a cycle.${from ? ` (from ${from})` : ''}`);
    }
    updateChildren(parent, cachedModule);
    return cachedModule.exports;
  }

  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined && parent !== null) {
        const children = parent.children;
        const index = children?.indexOf(module);
        if (index !== undefined && index !== -1) children.splice(index, 1);
      }
    }
  }
  return module.exports;
};

function updateChildren(parent, child) {
  const children = parent?.children;
  if (children && !children.includes(child)) children.push(child);
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  let extension = path.extname(filename);
  if (extension === '' || Module._extensions[extension] === undefined) extension = '.js';
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  if (typeof id !== 'string') throw new ERR_INVALID_ARG_TYPE('id', 'string', id);
  if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  return Module._load(id, this, false);
};

Module.prototype._compile = function _compile(content, filename) {
  if (content.startsWith('#!')) content = `//${content.slice(2)}`;
  // --experimental-test-coverage: the host puts counters in the code (noderun/node/host_coverage.py)
  if (coverageEnabled()) content = host.coverageInstrument(content, filename);
  // registered before compiling, so a syntax error on line 1 gets its column without the wrapper
  markWrappedFile(filename, Module.wrapper[0].length);
  const wrapper = markCjsWrapper(host.compileScript(Module.wrap(content), filename));
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  return wrapper.call(this.exports, this.exports, require, this, filename, dirname);
};

const kLoadingESM = Symbol('kLoadingESM');

function loadESM(module, filename) {
  module[kLoadingESM] = true;
  return loadESMFromCJS(module, filename);
}

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

Module._extensions['.js'] = function(module, filename) {
  const format = host.moduleFormat(filename);
  if (format === 'module') {
    module.exports = loadESM(module, filename);
    return;
  }
  const content = host.readSource(filename);
  try {
    module._compile(content, filename);
  } catch (err) {
    // node 20.19+: a .js file outside a "type" package that only parses as a module is one.
    if (err instanceof SyntaxError && format === 'commonjs-detect' && host.looksLikeModule(content)) {
      if (module.id === '.') throw err;   // the entry point: runMain runs it as the ES module it is
      module.exports = loadESM(module, filename);
      return;
    }
    throw err;
  }
};
Module._extensions['.cjs'] = function(module, filename) {
  module._compile(host.readSource(filename), filename);
};
Module._extensions['.mjs'] = function(module, filename) {
  module.exports = loadESM(module, filename);
};
Module._extensions['.json'] = function(module, filename) {
  const content = stripBOM(host.readSource(filename));
  try {
    module.exports = JSON.parse(content);
  } catch (err) {
    err.message = `${filename}: ${err instanceof SyntaxError ? host.jsonParseError(content) : err.message}`;
    throw err;
  }
};
Module._extensions['.node'] = function(module, filename) {
  const err = new Error(`${filename}: native addons are not supported by noderun`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

function makeRequireFunction(mod) {
  const require = function require(path) {
    return mod.require(path);
  };
  function resolve(request, options) {
    if (typeof request !== 'string') throw new ERR_INVALID_ARG_TYPE('request', 'string', request);
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    if (typeof request !== 'string') throw new ERR_INVALID_ARG_TYPE('request', 'string', request);
    if (host.isBuiltin(request)) return null;
    if (request.startsWith('./') || request.startsWith('../') || request.startsWith('/')) {
      return [path.dirname(mod.filename ?? path.join(process.cwd(), mod.id))];
    }
    return Module._nodeModulePaths(mod.path ?? process.cwd());
  }
  resolve.paths = paths;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

function createRequire(filename) {
  let filepath = filename;
  if ((filename !== null && typeof filename === 'object' && typeof filename.href === 'string') ||
      (typeof filename === 'string' && filename.startsWith('file:'))) {
    filepath = require('url').fileURLToPath(filename);
  } else if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    throw new ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
}
Module.createRequire = createRequire;

// The on-disk compile cache (loader/compile_cache.py): QuickJS bytecode of user modules.
const compileCacheStatus = Object.freeze({ __proto__: null, FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 });
Module.constants = Object.freeze({ __proto__: null, compileCacheStatus });
Module.enableCompileCache = function enableCompileCache(options) {
  let directory = options;
  if (options !== null && typeof options === 'object') directory = options.directory;
  if (directory !== undefined && typeof directory !== 'string') {
    throw require('internal/errors').nativeError('TypeError', 'ERR_INVALID_ARG_TYPE', 'cacheDir should be a string',
      enableCompileCache);
  }
  const [status, detail] = host.compileCacheEnable(directory ?? null);
  return status === compileCacheStatus.FAILED || status === compileCacheStatus.DISABLED
    ? { status, message: detail }
    : { status, directory: detail };
};
Module.getCompileCacheDir = function getCompileCacheDir() {
  return host.compileCacheDir() ?? undefined;
};
Module.flushCompileCache = function flushCompileCache() {
  host.compileCacheFlush();
};

// The package.json of a package by name (its root), or the one closest to what a relative /
// absolute / file: URL specifier resolves to; `base` is the parent's path or URL.
Module.stripTypeScriptTypes = function stripTypeScriptTypes(code, options = {}) {
  return require('internal/modules/typescript').stripTypeScriptTypes(code, options);
};

Module.findPackageJSON = function findPackageJSON(specifier, base = 'data:') {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('specifier');
  const { isURL } = require('internal/url');
  if (typeof base !== 'string' && !isURL(base)) throw new ERR_INVALID_ARG_TYPE('base', 'string', base);
  return host.findPackageJSON(`${specifier}`, `${base}`) ?? undefined;
};

// The entry point. Returns nothing for CommonJS; an ES module entry is handed to the host.
Module.runMain = function runMain(main = process.argv[1]) {
  const filename = Module._resolveFilename(path.resolve(main), null, true);
  const format = host.moduleFormat(filename);
  if (format === 'module') return host.runMainModule(filename);
  try {
    Module._load(filename, null, true);
  } catch (err) {
    if (err instanceof SyntaxError && format === 'commonjs-detect' && !Module._cache[filename] &&
        host.looksLikeModule(host.readSource(filename))) {
      process.mainModule = undefined;
      return host.runMainModule(filename);
    }
    throw err;
  }
};

// -e / -p / stdin: a script in the global scope with require, module, exports, __filename and
// __dirname defined as globals, as node's evalScript does.
function prepareEvalGlobals(name) {
  const module = new Module(name);
  module.filename = path.join(process.cwd(), name);
  module.paths = Module._nodeModulePaths(process.cwd());
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.require = makeRequireFunction(module);
  globalThis.__filename = name;
  globalThis.__dirname = '.';
}

function setup(builtinLoader, esmLoader) {
  requireBuiltin = builtinLoader;
  loadESMFromCJS = esmLoader;
}

// noderun's own hooks for bootstrap.js, kept out of what programs enumerate on node:module
Object.defineProperties(Module, {
  prepareEvalGlobals: { value: prepareEvalGlobals, enumerable: false },
  setup: { value: setup, enumerable: false },
  setMockLookup: { value(lookup) { mockLookup = lookup; }, enumerable: false },
});

module.exports = Module;
