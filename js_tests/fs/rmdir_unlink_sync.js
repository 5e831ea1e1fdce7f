// rmdirSync and unlinkSync, with ENOTEMPTY, ENOTDIR, EISDIR and ENOENT
const fs = require('fs');
const { at, cleanup, attempt } = require('./helpers/tmp');

fs.mkdirSync(at('empty'));
fs.mkdirSync(at('full'));
fs.writeFileSync(at('full', 'x'), '');
fs.writeFileSync(at('file'), '');

fs.rmdirSync(at('empty'));
console.log(fs.existsSync(at('empty')));
attempt('rmdir not empty', () => fs.rmdirSync(at('full')));
attempt('rmdir a file', () => fs.rmdirSync(at('file')));
attempt('rmdir missing', () => fs.rmdirSync(at('empty')));
attempt('unlink a dir', () => fs.unlinkSync(at('full')));
fs.unlinkSync(at('file'));
console.log(fs.existsSync(at('file')));
attempt('unlink missing', () => fs.unlinkSync(at('file')));
attempt('unlink bad path', () => fs.unlinkSync(undefined));
cleanup();
