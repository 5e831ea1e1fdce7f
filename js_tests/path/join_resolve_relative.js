// join, resolve and relative for both flavours (win32.resolve uses the cwd on this machine, so
// only absolute arguments are printed for it).
process.chdir('/');   // win32.resolve uses the cwd: make the output the same on every checkout
const path = require('path');
const { posix, win32 } = path;
console.log(posix.join('/a/', '../b', './c/'), posix.join(), posix.join('', ''), posix.join('a', '', 'b'), posix.join('//a', 'b'));
console.log(posix.resolve('/a', 'b', '../c', '/d', 'e'), posix.resolve('/'), posix.resolve('/a/b/', '..'),
  posix.resolve('rel') === `${process.cwd()}/rel`, posix.resolve() === process.cwd());
for (const [from, to] of [['/a/b', '/a/b/c'], ['/a/b/c', '/a'], ['/a/bc', '/a/b'], ['/', '/x'], ['/x', '/'], ['/a/b', '/a/b'], ['/a/b/', '/a/b'], ['/foo/bar', '/foo/baz/qux']]) {
  console.log('posix.relative', from, to, JSON.stringify(posix.relative(from, to)));
}
console.log(win32.join('\\\\', 'a'), win32.join('//srv', 'share'), win32.join('a', '', 'b'), win32.join(), win32.join('///a', 'b'), win32.join('C:', 'x'), win32.join('CON', ':x'));
console.log(win32.resolve('C:\\a', 'b', '..\\c'), win32.resolve('C:\\a', 'D:b'), win32.resolve('\\\\s\\h', 'x'), win32.resolve('C:/', '/y'),
  win32.resolve('C:\\x', 'c:y'));
for (const [from, to] of [['C:\\a\\b', 'C:\\a\\b\\c'], ['C:\\a', 'D:\\a'], ['c:\\A\\b', 'C:\\a\\B'], ['C:\\', 'C:\\x'], ['\\\\s\\h\\a', '\\\\s\\h\\b'], ['C:\\x\\y', 'C:\\'], ['C:\\foo\\bar', 'C:\\foo\\baz\\qux']]) {
  console.log('win32.relative', from, to, JSON.stringify(win32.relative(from, to)));
}
