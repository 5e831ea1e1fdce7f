// readdirSync: names, withFileTypes (Dirent), recursive, and its errors
const fs = require('fs');
const { at, dir, rel, cleanup, attempt } = require('./helpers/tmp');

fs.mkdirSync(at('sub', 'deep'), { recursive: true });
fs.writeFileSync(at('b.txt'), '');
fs.writeFileSync(at('a.txt'), '');
fs.writeFileSync(at('sub', 'c.txt'), '');
fs.writeFileSync(at('sub', 'deep', 'd.txt'), '');
fs.symlinkSync('a.txt', at('link'));

console.log(fs.readdirSync(dir).sort());
const dirents = fs.readdirSync(dir, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1));
for (const d of dirents) {
  console.log(d instanceof fs.Dirent, d.name, rel(d.path), rel(d.parentPath), d.isFile(), d.isDirectory(), d.isSymbolicLink());
}
console.log(Object.keys(dirents[0]));
console.log(fs.readdirSync(dir, { recursive: true }).sort());
console.log(fs.readdirSync(dir, { recursive: true, withFileTypes: true })
  .map((d) => `${rel(d.parentPath)}:${d.name}:${d.isDirectory() ? 'dir' : 'other'}`).sort());
console.log(fs.readdirSync(at('sub'), 'utf8').sort(), fs.readdirSync(at('sub', 'deep'), { encoding: 'buffer' }));
fs.mkdirSync(at('empty'));
console.log(fs.readdirSync(at('empty')));
attempt('missing', () => fs.readdirSync(at('missing')));
attempt('a file', () => fs.readdirSync(at('a.txt')));
attempt('bad options', () => fs.readdirSync(dir, 3));
cleanup();
