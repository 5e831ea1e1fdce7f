// node 24's fs.rmdir(path, { recursive: true }) checks its path first: a missing one fails its
// lstat, a file is ENOTDIR (sync, callback and promise forms); and mkdir / process.cwd() under a
// working directory that was removed fail with ENOENT rather than crash.
const fs = require('fs');
const { at, rel, attempt } = require('./helpers/tmp');

fs.writeFileSync(at('file'), '');
attempt('sync missing', () => fs.rmdirSync(at('missing'), { recursive: true }));
attempt('sync file', () => fs.rmdirSync(at('file'), { recursive: true }));
fs.rmdir(at('file'), { recursive: true }, (err) => {
  console.log('callback file', err.code, err.syscall, rel(err.path));
  fs.promises.rmdir(at('file'), { recursive: true }).catch((error) => {
    console.log('promise file', error.code, rel(error.message));
    fs.mkdirSync(at('tree', 'a'), { recursive: true });
    fs.rmdirSync(at('tree'), { recursive: true });
    console.log('tree removed', !fs.existsSync(at('tree')));
    fs.mkdirSync(at('gone'));
    process.chdir(at('gone'));
    fs.rmdirSync(at('gone'));
    attempt('cwd', () => process.cwd());
    attempt('mkdir -p in a removed cwd', () => fs.mkdirSync('X', { recursive: true }));
    attempt('mkdir in a removed cwd', () => fs.mkdirSync('X'));
    process.chdir(__dirname);
  });
});
