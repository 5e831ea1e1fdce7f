// pathToFileURL as node 24: '[', ']', '|' and '~' are escaped too, and an extended UNC path
// (\\?\UNC\server\share\...) names its server as the host.
const url = require('url');
const chars = [];
for (let c = 0x20; c < 0x7f; c++) chars.push(String.fromCharCode(c));
chars.push('é', '\u0001', '\n', '\t', '\r', '%');
for (const win of [false, true]) {
  const base = win ? 'C:\\foo' : '/foo';
  const out = chars.map((c) => { try { return url.pathToFileURL(base + c + 'bar', { windows: win }).href.slice(win ? 14 : 12); } catch (e) { return 'ERR ' + e.code; } });
  console.log(win, out.join(' '));
}
console.log(url.pathToFileURL('\\\\server\\share\\a[b', { windows: true }).href);
console.log(url.pathToFileURL('/a/b/', { windows: false }).href, url.pathToFileURL('rel/x').href.endsWith('/rel/x'));
console.log(url.pathToFileURL('\\\\?\\UNC\\server\\share\\folder\\file.txt', { windows: true }).href);
