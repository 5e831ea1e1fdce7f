// path.win32 over a table of drive, UNC, relative and mixed-separator paths.
process.chdir('/');   // win32.resolve uses the cwd: make the output the same on every checkout
const { win32 } = require('path');
const inputs = ['', '.', '..', '\\', '/', 'C:', 'C:\\', 'C:/', 'c:\\a\\b.txt', 'C:a\\b', 'C:..\\..', 'c:/../x', '\\\\srv\\share',
  '\\\\srv\\share\\', '\\\\srv\\share\\x\\y.z', '\\\\srv', '//srv/share/a', 'a\\b/c', '\\foo\\..\\..\\bar', 'x:y', 'a:b:c',
  'CON:x', 'con:', 'a/../C:b', 'x/../CON:', 'ab/c:', 'COM1:x', 'c:\\x\\..\\..\\y', '\\\\?\\C:\\x', 'a.b\\', 'C:\\.git'];
for (const fn of ['normalize', 'dirname', 'basename', 'extname', 'isAbsolute']) {
  console.log(fn, inputs.map((input) => JSON.stringify(win32[fn](input))).join(' '));
}
for (const input of inputs) console.log('parse', JSON.stringify(input), JSON.stringify(win32.parse(input)));
console.log(win32.basename('C:\\a\\b.js', '.js'), win32.basename('C:foo.js'), win32.basename('C:\\x\\', 'x'));
for (const p of ['C:\\x', '\\\\srv\\s\\x', '\\\\?\\C:\\x', '\\\\.\\pipe\\x', 'C:', '', 7]) {
  console.log('toNamespacedPath', JSON.stringify(p), JSON.stringify(win32.toNamespacedPath(p)));
}
