// fs.constants (Linux values) and the access-mode shortcuts on fs itself
const fs = require('fs');
const fsp = require('fs/promises');

const c = fs.constants;
console.log(Object.getPrototypeOf(c), Object.isFrozen(c), fsp.constants === c);
for (const key of ['O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_EXCL', 'O_TRUNC', 'O_APPEND',
  'O_DIRECTORY', 'O_NOFOLLOW', 'O_SYNC', 'O_NONBLOCK', 'S_IFMT', 'S_IFREG', 'S_IFDIR', 'S_IFLNK',
  'S_IRWXU', 'S_IRUSR', 'S_IWUSR', 'S_IXUSR', 'F_OK', 'R_OK', 'W_OK', 'X_OK', 'COPYFILE_EXCL',
  'COPYFILE_FICLONE', 'COPYFILE_FICLONE_FORCE', 'UV_DIRENT_DIR', 'UV_DIRENT_FILE', 'UV_DIRENT_LINK']) {
  console.log(key, c[key]);
}
console.log(fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
console.log(typeof fs.Stats, typeof fs.Dirent, typeof fs.promises.open);
