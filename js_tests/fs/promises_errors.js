// fs/promises rejects with the same errors the sync functions throw; argument errors reject too
const fsp = require('fs/promises');
const fs = require('fs');
const { at, rel, describe, cleanup } = require('./helpers/tmp');

async function show(label, promise) {
  try {
    console.log(label, 'resolved', await promise);
  } catch (err) {
    console.log(label, describe(err));
  }
}

(async () => {
  fs.writeFileSync(at('file'), '');
  fs.mkdirSync(at('dir'));
  fs.writeFileSync(at('dir', 'x'), '');
  await show('readFile missing', fsp.readFile(at('missing')));
  await show('readFile dir', fsp.readFile(at('dir')));
  await show('open wx', fsp.open(at('file'), 'wx'));
  await show('mkdir exists', fsp.mkdir(at('dir')));
  await show('rmdir not empty', fsp.rmdir(at('dir')));
  await show('rm dir', fsp.rm(at('dir')));
  await show('readdir file', fsp.readdir(at('file')));
  await show('rename', fsp.rename(at('missing'), at('y')));
  await show('copyFile excl', fsp.copyFile(at('file'), at('dir', 'x'), fs.constants.COPYFILE_EXCL));
  await show('access', fsp.access(at('missing')));
  await show('unlink', fsp.unlink(at('dir')));
  await show('bad path', fsp.stat(17));
  await show('bad encoding', fsp.readFile(at('file'), 'bogus'));
  const rejected = fsp.stat(42);
  console.log(rejected instanceof Promise);
  await rejected.catch(() => {});
  try {
    await fsp.lstat(at('missing'));
  } catch (err) {
    console.log(rel(err.stack.split('\n')[0]), Object.keys(err), err instanceof Error);
  }
  cleanup();
})();
