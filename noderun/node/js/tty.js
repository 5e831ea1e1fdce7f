'use strict';
// node:tty: isatty, and ReadStream / WriteStream as net.Socket over a terminal handle
// (internal/net/fd_wrap.js's TTY, host/fdstream.py underneath). Terminal output is blocking, as
// node makes it; the terminal's size is read at creation and again by _refreshSize (process.stdout
// refreshes it on SIGWINCH). getColorDepth reads the environment as node does.

const net = require('net');
const { TTY } = require('internal/net/fd_wrap');
const { codes: { ERR_INVALID_FD } } = require('internal/errors');
const { validateInteger } = require('internal/validators');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && host.isatty(fd);
}

// node's ERR_TTY_INIT_FAILED, a SystemError: `TTY initialization failed: uv_tty_init returned
// EINVAL (invalid argument)` with info / errno / syscall.
function ttyInitFailed([errno, code, description]) {
  const info = { errno, code, message: description, syscall: 'uv_tty_init' };
  const error = new Error(`TTY initialization failed: uv_tty_init returned ${code} (${description})`);
  Object.defineProperty(error, 'name', { configurable: true, writable: true, value: 'SystemError' });
  error.code = 'ERR_TTY_INIT_FAILED';
  for (const [key, value] of [['info', info], ['errno', errno], ['syscall', 'uv_tty_init']]) {
    Object.defineProperty(error, key, { configurable: true, enumerable: key === 'info', get: () => value });
  }
  Object.defineProperty(error, 'toString', {
    configurable: true,
    writable: true,
    value() { return `SystemError [ERR_TTY_INIT_FAILED]: ${this.message}`; },
  });
  error.stack = `SystemError [ERR_TTY_INIT_FAILED]: ${error.message}${error.stack.slice(error.stack.indexOf('\n'))}`;
  return error;
}

// libuv's uv_tty_init takes a terminal, a pipe or a socket, never a file.
function openTerminal(fd) {
  if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
  const type = host.stdioType(fd);
  if (type !== 'TTY' && type !== 'PIPE' && type !== 'TCP') throw ttyInitFailed([-22, 'EINVAL', 'invalid argument']);
  return new TTY(fd, ttyInitFailed);
}

function errnoError([errno, code], syscall) {
  return require('internal/net/fd_wrap').errnoError([errno, code], syscall);
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  const handle = openTerminal(fd);
  net.Socket.call(this, { readableHighWaterMark: 0, handle, manualStart: true, ...options });
  this.isRaw = false;
  this.isTTY = true;
}
Object.setPrototypeOf(ReadStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(ReadStream, net.Socket);

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = Boolean(flag);
  const failure = this._handle?.setRawMode(flag);
  if (failure) {
    this.emit('error', errnoError(failure, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  return this;
};

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  const handle = openTerminal(fd);
  net.Socket.call(this, { readableHighWaterMark: 0, handle, manualStart: true });
  // terminal output is blocking, so that nothing is lost or interleaved at exit (as node)
  handle.setBlocking(true);
  const size = [];
  if (!handle.getWindowSize(size)) [this.columns, this.rows] = size;
}
Object.setPrototypeOf(WriteStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(WriteStream, net.Socket);

WriteStream.prototype.isTTY = true;

WriteStream.prototype._refreshSize = function _refreshSize() {
  const size = [];
  const failure = this._handle?.getWindowSize(size);
  if (failure) {
    this.emit('error', errnoError(failure, 'getWindowSize'));
    return;
  }
  if (size[0] !== this.columns || size[1] !== this.rows) {
    [this.columns, this.rows] = size;
    this.emit('resize');
  }
};

WriteStream.prototype.getWindowSize = function getWindowSize() {
  return [this.columns, this.rows];
};

for (const name of ['cursorTo', 'moveCursor', 'clearLine', 'clearScreenDown']) {
  Object.defineProperty(WriteStream.prototype, name, {
    configurable: true,
    writable: true,
    value: {
      [name](...args) { return require('readline')[name](this, ...args); },
    }[name],
  });
}

// -- colours ----------------------------------------------------------------------------------------

const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

// TERM values that name a terminal's colours outright, then the patterns that mean 16 colours.
const knownTerminals = {
  __proto__: null,
  'eterm': COLORS_16, 'cons25': COLORS_16, 'console': COLORS_16, 'cygwin': COLORS_16,
  'dtterm': COLORS_16, 'gnome': COLORS_16, 'hurd': COLORS_16, 'jfbterm': COLORS_16,
  'konsole': COLORS_16, 'kterm': COLORS_16, 'mlterm': COLORS_16, 'mosh': COLORS_16m,
  'putty': COLORS_16, 'st': COLORS_16, 'rxvt-unicode-24bit': COLORS_16m,
  'terminator': COLORS_16m, 'xterm-kitty': COLORS_16m,
};
const sixteenColorTerms = [/ansi/, /color/, /linux/, /direct/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/,
                           /^vt100/, /^vt220/];
const ciWith256 = ['TRAVIS', 'CIRCLECI', 'APPVEYOR', 'GITLAB_CI', 'BUILDKITE', 'DRONE'];

function forcedDepth(value) {
  if (value === '' || value === '1' || value === 'true') return COLORS_16;
  if (value === '2') return COLORS_256;
  if (value === '3') return COLORS_16m;
  return COLORS_2;
}

function terminalProgramDepth(env) {
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ? COLORS_256 : COLORS_16m;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16m;
    case 'Apple_Terminal':
      return COLORS_256;
    default:
      return undefined;
  }
}

function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) return forcedDepth(env.FORCE_COLOR);
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return COLORS_2;
  if (env.TMUX) return COLORS_16m;
  if (env.CI) {
    if ('GITHUB_ACTIONS' in env || 'GITEA_ACTIONS' in env) return COLORS_16m;
    if (ciWith256.some((name) => name in env) || env.CI_NAME === 'codeship') return COLORS_256;
    return COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }
  const byProgram = terminalProgramDepth(env);
  if (byProgram !== undefined) return byProgram;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    const term = env.TERM.toLowerCase();
    if (knownTerminals[term] !== undefined) return knownTerminals[term];
    if (sixteenColorTerms.some((pattern) => pattern.test(term))) return COLORS_16;
  }
  return env.COLORTERM ? COLORS_16 : COLORS_2;
}

function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;

module.exports = { isatty, ReadStream, WriteStream };
