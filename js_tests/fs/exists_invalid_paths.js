// fs.exists / existsSync as node 24: exists() answers a path it refuses with false at once (before
// any other callback), existsSync() of a path of the wrong type warns once (DEP0187). The answers
// that come from the thread pool arrive in the order its threads finish, in node too, so they are
// printed in a fixed order once all have come.
const fs = require('fs');
const f = __filename;
const pooled = new Map();
const answer = (name) => (value) => {
  pooled.set(name, value);
  if (pooled.size === 4) for (const key of ['file', 'no', 'buf', 'access']) console.log(key, pooled.get(key));
};
for (const args of [[f], [], [f, {}]]) { try { fs.exists(...args); console.log('no throw'); } catch (e) { console.log(e.code, e.message); } }
fs.exists(f, answer('file'));
fs.exists(`${f}-NO`, answer('no'));
fs.exists(new URL('https://foo'), (y) => console.log('url', y));
fs.exists({}, (y) => console.log('obj', y));
fs.exists(Buffer.from(f), answer('buf'));
console.log(fs.existsSync(f), fs.existsSync({}), fs.existsSync(new URL('https://foo')), fs.existsSync(), fs.existsSync('a\0b'));
fs.promises.access(f).then(() => answer('access')('ok'));
