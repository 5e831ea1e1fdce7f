// fs.exists / existsSync as node 24: exists() answers a path it refuses with false at once (before
// any other callback), existsSync() of a path of the wrong type warns once (DEP0187).
const fs = require('fs');
const f = __filename;
for (const args of [[f], [], [f, {}]]) { try { fs.exists(...args); console.log('no throw'); } catch (e) { console.log(e.code, e.message); } }
fs.exists(f, (y) => console.log('file', y));
fs.exists(`${f}-NO`, (y) => console.log('no', y));
fs.exists(new URL('https://foo'), (y) => console.log('url', y));
fs.exists({}, (y) => console.log('obj', y));
fs.exists(Buffer.from(f), (y) => console.log('buf', y));
console.log(fs.existsSync(f), fs.existsSync({}), fs.existsSync(new URL('https://foo')), fs.existsSync(), fs.existsSync('a\0b'));
fs.promises.access(f).then(() => console.log('access ok'));
