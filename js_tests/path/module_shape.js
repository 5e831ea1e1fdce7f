// node:path's shape: posix is the module itself, win32 its sibling, and the separators.
const path = require('path');
console.log(Object.keys(path), Object.keys(path.win32));
console.log(path.posix === path, path.win32.win32 === path.win32, path.win32.posix === path, require('path/posix') === path);
console.log(path.sep, path.delimiter, path.win32.sep, path.win32.delimiter, path._makeLong === path.toNamespacedPath);
