// renameSync moves and replaces; its errors name both paths (`-> 'dest'`)
const fs = require('fs');
const { at, cleanup, attempt } = require('./helpers/tmp');

fs.writeFileSync(at('a'), 'A');
fs.writeFileSync(at('b'), 'B');
fs.mkdirSync(at('dir'));
fs.writeFileSync(at('dir', 'inside'), '');
fs.mkdirSync(at('emptydir'));

fs.renameSync(at('a'), at('moved'));
console.log(fs.existsSync(at('a')), fs.readFileSync(at('moved'), 'utf8'));
fs.renameSync(at('moved'), at('b'));   // replaces b
console.log(fs.readFileSync(at('b'), 'utf8'));
fs.renameSync(at('emptydir'), at('renamed-dir'));
console.log(fs.statSync(at('renamed-dir')).isDirectory());
attempt('missing source', () => fs.renameSync(at('nope'), at('x')));
attempt('dir over non-empty dir', () => fs.renameSync(at('renamed-dir'), at('dir')));
attempt('file over dir', () => fs.renameSync(at('b'), at('dir')));
attempt('bad oldPath', () => fs.renameSync(null, at('x')));
attempt('bad newPath', () => fs.renameSync(at('b'), {}));
cleanup();
