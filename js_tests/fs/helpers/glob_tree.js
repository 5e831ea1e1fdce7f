// A small tree for the glob fixtures, made in a fresh temporary directory (removed at exit):
//   .top.js  y.txt  z.js  lnk -> a   a/{1.js,2.ts,.hid/5.js,b/{3.js,.dot.js,c/4.js}}
//   d/e/6.js  node_modules/x/7.js
const fs = require('fs');
const os = require('os');
const path = require('path');

function makeGlobTree() {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'glob-')));
  for (const dir of ['a/b/c', 'a/.hid', 'd/e', 'node_modules/x']) fs.mkdirSync(path.join(root, dir), { recursive: true });
  for (const file of ['.top.js', 'y.txt', 'z.js', 'a/1.js', 'a/2.ts', 'a/.hid/5.js', 'a/b/3.js', 'a/b/.dot.js',
    'a/b/c/4.js', 'd/e/6.js', 'node_modules/x/7.js']) {
    fs.writeFileSync(path.join(root, file), '');
  }
  fs.symlinkSync('a', path.join(root, 'lnk'));
  process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
  return root;
}

module.exports = { makeGlobTree };
