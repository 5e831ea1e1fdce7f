// utimesSync sets access and modification times from seconds, numeric strings or Dates
const fs = require('fs');
const { at, cleanup, attempt } = require('./helpers/tmp');

const file = at('f');
fs.writeFileSync(file, '');
fs.utimesSync(file, 1000000000, 1500000000.25);
let s = fs.statSync(file);
console.log(s.atimeMs, s.mtimeMs, s.mtime.toISOString());
fs.utimesSync(file, new Date('2001-02-03T04:05:06.789Z'), '1234567890');
s = fs.statSync(file);
console.log(s.atime.toISOString(), s.mtimeMs);
const big = fs.statSync(file, { bigint: true });
console.log(big.atimeNs, big.mtimeNs);
fs.symlinkSync(file, at('link'));
fs.lutimesSync(at('link'), 2000000000, 2000000000);
console.log(fs.lstatSync(at('link')).mtimeMs, fs.statSync(file).mtimeMs);
const fd = fs.openSync(file, 'r');
fs.futimesSync(fd, 10, 20);
fs.closeSync(fd);
console.log(fs.statSync(file).mtimeMs);
attempt('missing', () => fs.utimesSync(at('missing'), 1, 1));
attempt('bad time', () => fs.utimesSync(file, 'soon', 1));
attempt('object time', () => fs.utimesSync(file, 1, {}));
cleanup();
