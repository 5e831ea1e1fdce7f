// fs.globSync options: cwd (string, URL), exclude (function of the name or the Dirent, or patterns),
// withFileTypes; and node's errors for bad arguments
const fs = require('fs');
const { pathToFileURL } = require('url');
const { makeGlobTree } = require('./helpers/glob_tree');
const root = makeGlobTree();
const show = (value) => console.log(JSON.stringify(value));
show(fs.globSync('**/*.js', { cwd: `${root}/a` }));
show(fs.globSync('*', { cwd: pathToFileURL(`${root}/a`) }));
process.chdir(root);
show(fs.globSync('*', { cwd: 'a' }));
show(fs.globSync('**', { exclude: ['**/c/'] }));
show(fs.globSync('**/*.js', { exclude: (name) => name === 'b' || name === 'd' }));
show(fs.globSync('**/*.js', { exclude: ['a/b/**'] }));
show(fs.globSync('**/*.js', { exclude: ['**/b'] }));
show(fs.globSync('*', { exclude: ['a', 'lnk'] }));
const dirents = fs.globSync('**', { withFileTypes: true, exclude: (dirent) => dirent.name === 'b' });
show(dirents.map((d) => [d.name, d.parentPath === root ? '<root>' : d.parentPath.replace(root, '<root>'),
  d.isDirectory(), d.isFile(), d.isSymbolicLink(), d.constructor.name]));
const absolute = fs.globSync('a/*', { withFileTypes: true, cwd: root });
show(absolute.map((d) => [d.name, d.parentPath.replace(root, '<root>'), d.isDirectory(), d.constructor.name]));
for (const args of [[1], ['*', 1], ['*', null], ['*', { exclude: 1 }], ['*', { exclude: [1] }], [['*', 1]],
  ['*', { cwd: 1 }]]) {
  try {
    fs.globSync(...args);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(fs.glob.length, fs.globSync.length, fs.promises.glob.length);
