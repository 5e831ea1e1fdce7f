// require.resolve returns absolute filenames without loading; require.resolve.paths lists lookup dirs
const path = require('path');
const rel = (p) => path.relative(__dirname, p);
console.log(rel(require.resolve('./helpers/dirmod')));
console.log(rel(require.resolve('./helpers/pkgmain')));
console.log(rel(require.resolve('condpkg')));
console.log(rel(require.resolve('condpkg/feature/alpha')));
console.log(require.resolve('path'), require.resolve('node:fs'));
console.log(rel(require.resolve.paths('x')[0]));
console.log(require.resolve.paths('fs'));
console.log(Object.keys(require.cache).some((k) => k.endsWith('dirmod' + path.sep + 'index.js')));
