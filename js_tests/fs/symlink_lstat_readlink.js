// symlinkSync, lstatSync (the link itself), statSync (its target), readlinkSync
const fs = require('fs');
const { at, cleanup, attempt } = require('./helpers/tmp');

fs.writeFileSync(at('target.txt'), 'pointed at');
fs.symlinkSync('target.txt', at('link'));
fs.symlinkSync(at('nowhere'), at('dangling'));
const l = fs.lstatSync(at('link'));
console.log(l.isSymbolicLink(), l.isFile(), l.size === 'target.txt'.length);
const s = fs.statSync(at('link'));
console.log(s.isSymbolicLink(), s.isFile(), s.size);
console.log(fs.readlinkSync(at('link')), fs.readFileSync(at('link'), 'utf8'));
console.log(fs.readlinkSync(at('link'), 'buffer'));
console.log(fs.lstatSync(at('dangling')).isSymbolicLink());
attempt('stat dangling', () => fs.statSync(at('dangling')));
attempt('readlink of a file', () => fs.readlinkSync(at('target.txt')));
attempt('symlink exists', () => fs.symlinkSync('target.txt', at('link')));
attempt('symlink bad target', () => fs.symlinkSync(7, at('x')));
cleanup();
