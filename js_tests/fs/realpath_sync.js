// realpathSync and realpathSync.native resolve links and dots; errors differ in their syscall
const fs = require('fs');
const { at, rel, cleanup, attempt } = require('./helpers/tmp');

fs.mkdirSync(at('real', 'inner'), { recursive: true });
fs.writeFileSync(at('real', 'inner', 'file'), '');
fs.symlinkSync(at('real'), at('alias'));
fs.symlinkSync('inner/file', at('real', 'rel-link'));
const base = fs.realpathSync(at());
const show = (p) => (p.startsWith(base) ? `<real tmp>${p.slice(base.length)}` : p);
console.log(show(fs.realpathSync(at('alias', 'inner', '..', 'inner', 'file'))));
console.log(show(fs.realpathSync(at('alias', 'rel-link'))));
console.log(show(fs.realpathSync.native(at('alias', 'rel-link'))));
console.log(show(fs.realpathSync(at('real', '.', 'inner'), 'utf8')));
console.log(Buffer.isBuffer(fs.realpathSync(at('real'), { encoding: 'buffer' })));
console.log(typeof fs.realpathSync.native, fs.realpathSync.native.name === '');
attempt('missing', () => rel(fs.realpathSync(at('missing'))));
attempt('missing native', () => fs.realpathSync.native(at('missing')));
try {
  fs.realpathSync(false);   // not validated: node resolves String(false) against the cwd
} catch (err) {
  console.log('false as a path', err.code, err.syscall, err.path === require('path').resolve('false'));
}
cleanup();
