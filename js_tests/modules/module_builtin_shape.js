// node:module's shape: no enumerable member that node 24 lacks, wrap / wrapper as non-enumerable
// accessors, builtinModules frozen, Module.Module the constructor itself.
const Module = require('node:module');
const node24 = new Set(['Module', 'SourceMap', '_cache', '_debug', '_extensions', '_findPath', '_initPaths', '_load',
  '_nodeModulePaths', '_pathCache', '_preloadModules', '_resolveFilename', '_resolveLookupPaths', 'builtinModules',
  'constants', 'createRequire', 'enableCompileCache', 'findPackageJSON', 'findSourceMap', 'flushCompileCache',
  'getCompileCacheDir', 'getSourceMapsSupport', 'globalPaths', 'isBuiltin', 'register', 'registerHooks', 'runMain',
  'setSourceMapsSupport', 'stripTypeScriptTypes', 'syncBuiltinESMExports']);
console.log(Object.keys(Module).filter((key) => !node24.has(key)));
for (const key of ['wrap', 'wrapper']) {
  const { enumerable, configurable, get, set } = Object.getOwnPropertyDescriptor(Module, key);
  console.log(key, enumerable, configurable, typeof get, typeof set);
}
console.log(Module.wrap('x'));
console.log(Object.isFrozen(Module.builtinModules), Module.Module === Module, typeof Module.prototype.require);
console.log(Module.isBuiltin('node:fs'), Module.isBuiltin('fs/promises'), Module.isBuiltin('node:test'), Module.isBuiltin('test'));
