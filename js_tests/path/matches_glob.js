// path.matchesGlob (stable since node 22: no ExperimentalWarning on stderr).
const path = require('path');
const cases = [['/a/b/c.js', '/a/**/*.js'], ['a/b', 'a/*'], ['a/.b', 'a/*'], ['a/.b', 'a/.*'], ['x.ts', '*.{js,ts}'],
  ['ab', 'a?'], ['ac', 'a[bc]'], ['ad', 'a[!bc]'], ['a/.x/b', 'a/**/b'], ['a/b', 'a/**'], ['a', 'a/**'], ['a/b/c', 'a/*'],
  ['lib/x.test.js', 'lib/**/*.test.js'], ['src/a/b/c.ts', 'src/**/c.ts'], ['x', '{a,{x,y}}']];
for (const [p, pattern] of cases) console.log(p, pattern, path.matchesGlob(p, pattern));
console.log(path.win32.matchesGlob('a\\b.js', 'a/*.js'), path.win32.matchesGlob('a\\b.js', 'a\\*.js'));
