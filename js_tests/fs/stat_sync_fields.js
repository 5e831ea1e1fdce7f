// statSync: a Stats with node's fields, types and type checks, for a file and a directory
const fs = require('fs');
const { at, dir, cleanup } = require('./helpers/tmp');

fs.writeFileSync(at('f.txt'), '12345');
const s = fs.statSync(at('f.txt'));
console.log(s instanceof fs.Stats, s.constructor.name, Object.keys(s).join(','));
console.log(s.isFile(), s.isDirectory(), s.isSymbolicLink(), s.isFIFO(), s.isSocket(),
  s.isBlockDevice(), s.isCharacterDevice());
console.log(s.size, s.nlink, (s.mode & fs.constants.S_IFMT) === fs.constants.S_IFREG);
for (const key of ['dev', 'ino', 'uid', 'gid', 'rdev', 'blksize', 'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs']) {
  console.log(key, typeof s[key], Number.isFinite(s[key]) && s[key] >= 0);
}
for (const key of ['atime', 'mtime', 'ctime', 'birthtime']) {
  console.log(key, s[key] instanceof Date, s[key].getTime() === Math.round(s[`${key}Ms`]));
}
console.log(s.uid === process.getuid(), s.gid === process.getgid());
console.log(Math.abs(s.mtimeMs - Date.now()) < 60000);

const d = fs.statSync(dir);
console.log(d.isDirectory(), d.isFile(), d.nlink >= 2, d.ino !== s.ino, d.dev === s.dev);
console.log(fs.statSync(Buffer.from(at('f.txt'))).size);
cleanup();
