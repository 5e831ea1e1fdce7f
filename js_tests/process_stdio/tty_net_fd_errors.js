// Bad descriptors for tty.ReadStream / WriteStream and net.Socket({ fd }) get node's errors, and a
// terminal's colour depth follows the environment it is given.
const tty = require('tty');
const net = require('net');
const fs = require('fs');
const show = (f) => {
  try {
    const made = f();
    return `ok ${made.constructor.name}`;
  } catch (e) {
    return `${e.name} ${e.code} ${e.message}${e.info ? ` info=${JSON.stringify(e.info)} errno=${e.errno} syscall=${e.syscall}` : ''}`;
  }
};
const file = fs.openSync(__filename, 'r');
for (const fd of [-1, 1.5, 'x', 2 ** 31, file, 9999]) {
  console.log('ReadStream', String(fd) === String(file) ? 'file' : fd, show(() => new tty.ReadStream(fd)));
  console.log('WriteStream', String(fd) === String(file) ? 'file' : fd, show(() => new tty.WriteStream(fd)));
  console.log('Socket', String(fd) === String(file) ? 'file' : fd, show(() => new net.Socket({ fd })));
}
console.log('isatty', tty.isatty(file), tty.isatty(-1), tty.isatty('0'), tty.isatty(9999));
const { getColorDepth, hasColors } = tty.WriteStream.prototype;
for (const env of [{}, { TERM: 'dumb' }, { TERM: 'xterm-256color' }, { TERM: 'xterm' }, { COLORTERM: 'truecolor' },
  { FORCE_COLOR: '0' }, { FORCE_COLOR: '2' }, { FORCE_COLOR: '' }, { NO_COLOR: '1', TERM: 'xterm' },
  { CI: '1', GITHUB_ACTIONS: '1' }, { CI: '1' }, { CI: '1', TRAVIS: '1' }, { TMUX: '1' }, { TERM: 'screen' },
  { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.4' }, { TERM_PROGRAM: 'Apple_Terminal' },
  { TEAMCITY_VERSION: '9.1.0' }, { TERM: 'KONSOLE' }, { COLORTERM: 'yes' }]) {
  console.log(JSON.stringify(env), getColorDepth(env), hasColors(env), hasColors(256, env), hasColors(2 ** 24, env));
}
console.log(show(() => hasColors(1)), show(() => hasColors('16')));
fs.closeSync(file);
