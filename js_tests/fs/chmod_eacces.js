// chmodSync changes the mode bits; with mode 000 an ordinary user gets EACCES, while root is not
// stopped by permission bits. Both cases print the same lines, so the fixture holds for either.
const fs = require('fs');
const { at, cleanup, attempt } = require('./helpers/tmp');

const file = at('secret');
fs.writeFileSync(file, 'data');
fs.chmodSync(file, 0o640);
console.log((fs.statSync(file).mode & 0o777).toString(8));
fs.chmodSync(file, '600');
console.log((fs.statSync(file).mode & 0o777).toString(8));
fs.chmodSync(file, 0);
console.log((fs.statSync(file).mode & 0o777).toString(8));

const isRoot = process.getuid() === 0;
function outcome(fn) {
  try {
    fn();
    return 'allowed';
  } catch (err) {
    return `${err.code} ${err.syscall} ${err.errno}`;
  }
}
const read = outcome(() => fs.readFileSync(file));
console.log('read', read === (isRoot ? 'allowed' : 'EACCES open -13'));
const write = outcome(() => fs.accessSync(file, fs.constants.W_OK));
console.log('access W_OK', write === (isRoot ? 'allowed' : 'EACCES access -13'));
const exec = outcome(() => fs.accessSync(file, fs.constants.X_OK));
console.log('access X_OK (no x bit: refused even for root)', exec);

attempt('missing', () => fs.chmodSync(at('missing'), 0o644));
attempt('no mode', () => fs.chmodSync(file));
attempt('bad mode', () => fs.chmodSync(file, 'rwx'));
fs.chmodSync(file, 0o600);
cleanup();
