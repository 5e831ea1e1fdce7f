// path.matchesGlob with node's pattern syntax: braces and ranges, classes (POSIX ones too), extglobs,
// dot files, **, trailing slashes, '.' and '..' segments; a backslash in the pattern is a separator
const path = require('path');
const cases = [
  ['a*', 'a\\*'], ['a/*', 'a\\*'], ['a', 'a/**'], ['a/', 'a/**'], ['a/b/', 'a/*'], ['a/b', 'a/*/'], ['.', '*'],
  ['..', '.*'], ['.x', '.*'], ['a/./b', 'a/*/b'], ['a/b', 'a/./b'], ['b', 'a/../b'], ['x/../b', '*/../b'],
  ['a/b/c', 'a/**/**/c'], ['ab', '+(a|b)'], ['abab', '+(ab)'], ['x', '!(a)'], ['a', '!(a)'], ['.x', '!(a)'],
  ['abc', 'a!(b)c'], ['axc', 'a!(b)c'], ['a1', 'a{1..3}'], ['a05', 'a{01..10}'], ['ab', 'a{b}'], ['a{b}', 'a{b}'],
  ['A', '[[:upper:]]'], ['a', '[[:upper:]]'], [']', '[]]'], ['[', '['], ['[a', '[a'], ['a', '[!a]'], ['-', '[a-]'],
  ['x.js', '*.@(js|ts)'], ['x.jsx', '*.?(js)x'], ['', '*'], ['', '**'], ['/a', '/*'], ['//a', '/*'],
  ['a//b', 'a/*/b'], ['a//b', 'a/b'], ['./a', 'a'], ['a', './a'], ['.a/b', '**/b'], ['a/.b', '**'], ['A', 'a'],
  ['ac', 'a*?c'], ['#a', '#a'], ['!a', '!a'], ['a', '!a'], ['b', '{a..c}'], ['10', '{8..11}'], ['3', '{1..10..2}'],
  ['.a', '@(.a)'], ['', '*(a)'], ['aaa', 'a*(a)'], ['xy', '?(x|y)'], ['a.b', '*.!(js)'], ['a.js', '*.!(js)'],
  ['a/b', '**/../a/b'], ['', ''], ['a', ''],
];
for (const [p, pattern] of cases) {
  console.log(JSON.stringify(p), JSON.stringify(pattern), path.matchesGlob(p, pattern), path.win32.matchesGlob(p, pattern));
}
for (const args of [[1, 'a'], ['a', 1], ['a']]) {
  try {
    path.matchesGlob(...args);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
