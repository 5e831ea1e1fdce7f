// module.enableCompileCache / getCompileCacheDir / flushCompileCache / constants.compileCacheStatus:
// statuses, the versioned subdirectory, and node's errors for a directory that is not a string.
const { constants, enableCompileCache, getCompileCacheDir, flushCompileCache } = require('node:module');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

console.log(constants.compileCacheStatus, Object.isFrozen(constants.compileCacheStatus));
console.log(getCompileCacheDir());
for (const bad of [0, null, false, 1, NaN, true, Symbol('s'), { directory: 5 }]) {
  try {
    enableCompileCache(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message, Object.keys(err));
  }
}
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-cache-api-'));
const file = path.join(base, 'a-file');
fs.writeFileSync(file, '');
console.log(enableCompileCache(file));      // not a directory: FAILED, and still disabled
console.log(getCompileCacheDir());
const first = enableCompileCache(base);
console.log(first.status === constants.compileCacheStatus.ENABLED, first.directory === base);
const dir = getCompileCacheDir();
console.log(path.dirname(dir) === base, path.basename(dir).startsWith('v24.12.0-x64-'), fs.statSync(dir).isDirectory());
const second = enableCompileCache({ directory: path.join(base, 'other') });
console.log(second.status === constants.compileCacheStatus.ALREADY_ENABLED, second.directory === dir);
console.log(flushCompileCache());
fs.rmSync(base, { recursive: true });
