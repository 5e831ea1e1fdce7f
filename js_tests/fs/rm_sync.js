// rmSync: files, links, directories with recursive, force for missing paths, ERR_FS_EISDIR
const fs = require('fs');
const { at, rel, cleanup, attempt } = require('./helpers/tmp');

fs.mkdirSync(at('tree', 'a', 'b'), { recursive: true });
fs.writeFileSync(at('tree', 'a', 'b', 'leaf'), 'x');
fs.writeFileSync(at('tree', 'top'), 'x');
fs.symlinkSync(at('tree'), at('link-to-tree'));
fs.writeFileSync(at('file'), '');

fs.rmSync(at('file'));
console.log(fs.existsSync(at('file')));
// node 24 looks through a link to a directory and refuses it unless recursive;
// with recursive it removes the link, not what it points to
attempt('link to a directory', () => fs.rmSync(at('link-to-tree')));
fs.rmSync(at('link-to-tree'), { recursive: true });
console.log(fs.existsSync(at('link-to-tree')), fs.existsSync(at('tree', 'top')));
attempt('directory', () => fs.rmSync(at('tree')));
try {
  fs.rmSync(at('tree'));
} catch (err) {
  console.log(rel(String(err)), Object.keys(err));
  console.log(err.info.code, err.info.message, err.info.syscall, err.errno);
}
fs.rmSync(at('tree'), { recursive: true });
console.log(fs.existsSync(at('tree')));
attempt('missing', () => fs.rmSync(at('missing')));
attempt('missing force', () => fs.rmSync(at('missing'), { force: true }));
attempt('force not boolean', () => fs.rmSync(at('missing'), { force: 'yes' }));
attempt('options not object', () => fs.rmSync(at('missing'), 'x'));
cleanup();
