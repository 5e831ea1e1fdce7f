// NODE_DISABLE_COMPILE_CACHE turns module.enableCompileCache() into a no-op that says why.
const { enableCompileCache, getCompileCacheDir } = require('node:module');
console.log(enableCompileCache(require('node:os').tmpdir()));
console.log(getCompileCacheDir());
