// path.format for both flavours, and basename with a suffix.
const path = require('path');
const objects = [{ dir: '/x', base: 'y.z' }, { root: '/', name: 'n', ext: 'e' }, { root: '/', dir: '/', base: 'f' },
  { name: 'n', ext: '.e' }, { base: 'b', name: 'ignored', ext: '.ignored' }, { dir: 'd', name: 'n' }, {}];
for (const obj of objects) console.log(JSON.stringify(obj), path.posix.format(obj), path.win32.format(obj));
console.log(path.win32.format({ dir: 'C:\\x', name: 'n', ext: '.e' }), path.win32.format({ root: 'C:\\', base: 'q' }));
for (const [p, s] of [['/a/b.txt', '.txt'], ['/a/b.txt', 'b.txt'], ['aaa/bbb', 'bb'], ['a/', 'a'], ['/a/b.txt', 'txt'], ['x.js', ''], ['/a/b.TXT', '.txt']]) {
  console.log('basename', p, s, JSON.stringify(path.basename(p, s)));
}
console.log(JSON.stringify(path.format(path.parse('/home/u/file.tar.gz'))), JSON.stringify(path.win32.format(path.win32.parse('C:\\dir\\f.x'))));
