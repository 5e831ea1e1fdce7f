// pathToFileURL returns a real URL, resolves relative paths against the cwd, keeps a trailing
// slash and encodes what the URL parser would otherwise misread.
const { pathToFileURL, fileURLToPath } = require('url');
const path = require('path');
for (const p of ['/a/b c', '/a/b%c', '/a/b?c#d', '/a\\b', '/a\nb\tc\rd', '/dir/', '/é/😀', '/a/../b/./c', '/x;y=z', '/%41', '/a b/']) {
  const u = pathToFileURL(p);
  console.log(JSON.stringify(p), u.href, u instanceof URL, JSON.stringify(fileURLToPath(u)));
}
console.log(pathToFileURL('rel/x').href === `file://${path.resolve('rel/x')}`, pathToFileURL('.').pathname === process.cwd());
for (const p of ['C:\\a b\\c', 'C:\\dir\\', '\\\\server\\share\\f.txt', 'c:/x/y#z', '\\\\srv\\sh\\a b', '\\\\srv']) {
  try {
    const u = pathToFileURL(p, { windows: true });
    console.log(JSON.stringify(p), u.href, JSON.stringify(fileURLToPath(u, { windows: true })));
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try {
  pathToFileURL(5);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
