// path.posix over a table of inputs: normalize, dirname, basename, extname, isAbsolute, parse.
const path = require('path');
const inputs = ['', '.', '..', '/', '//', '///a', 'a/b/c', '/a/b/c/', 'a//b/../c/./d', '../../x', '/..', '/../a', 'a/..',
  './a', 'a/./', 'foo.txt', '.bashrc', 'a/.b.c', 'a/b.c.d', 'file.', '..a', 'a.b/', 'a/b/', 'a\\b', '/a/b/../../..',
  'x/...', '.../y', '/.x.', 'a//', 'é/ü.τ'];
for (const fn of ['normalize', 'dirname', 'basename', 'extname', 'isAbsolute']) {
  console.log(fn, inputs.map((input) => JSON.stringify(path.posix[fn](input))).join(' '));
}
for (const input of inputs) console.log('parse', JSON.stringify(input), JSON.stringify(path.parse(input)));
