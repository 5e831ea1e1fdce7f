// statSync / lstatSync errors, and throwIfNoEntry: false (only ENOENT becomes undefined)
const fs = require('fs');
const { at, cleanup, attempt } = require('./helpers/tmp');

fs.writeFileSync(at('file'), '');
attempt('stat missing', () => fs.statSync(at('missing')));
attempt('lstat missing', () => fs.lstatSync(at('missing')));
attempt('stat under file', () => fs.statSync(at('file', 'x')));
console.log(fs.statSync(at('missing'), { throwIfNoEntry: false }));
console.log(fs.lstatSync(at('missing'), { throwIfNoEntry: false }));
attempt('ENOTDIR still throws', () => fs.statSync(at('file', 'x'), { throwIfNoEntry: false }));
console.log(fs.statSync(at('file'), { throwIfNoEntry: false }).isFile());
attempt('bad path', () => fs.statSync(123));
cleanup();
