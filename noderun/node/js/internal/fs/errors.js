'use strict';
// fs's two error shapes beyond the ERR_* validation errors:
// - uvException: `Error: ENOENT: no such file or directory, open '/x'` with errno, code, syscall,
//   path, dest as own properties. host_fs.py builds them (an OSError becomes one); the helpers here
//   recognise them and give them the frameless stack that node's asynchronous errors have.
// - SystemError (ERR_FS_EISDIR, which fs.rm throws for a directory without `recursive`, and
//   ERR_SYSTEM_ERROR, which node:os throws).

const { kIsNodeError } = require('internal/errors');

function isUvError(error) {
  return error instanceof Error && typeof error.errno === 'number' && typeof error.syscall === 'string' &&
    !error[kIsNodeError];
}

// Errors that node reports through the callback or the promise (the rest are thrown by the call).
function isOperationalError(error) {
  return isUvError(error) || error?.code === 'ERR_FS_EISDIR';
}

const uvFields = ['errno', 'code', 'syscall', 'path', 'dest'];

// A copy of a uvException made in JS, so that no frame of the host bridge shows in its stack.
// With `callee`, the stack starts at the caller of `callee` (the program's call of fs.xxxSync);
// without, it has no frames, like node's errors that come back from the thread pool (inspect then
// prints it as `[Error: ...] { errno: ... }`).
function copyUvError(error, callee) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const copy = new Error(error.message);
  Error.stackTraceLimit = limit;
  for (const key of uvFields) {
    if (key in error) copy[key] = error[key];
  }
  if (callee) Error.captureStackTrace(copy, callee);
  return copy;
}

// The error a callback or a promise receives: a frameless copy of a uvException.
function asAsyncError(error) {
  return isUvError(error) ? copyUvError(error) : error;
}

function makeInfoAccessor(key) {
  return {
    get() { return this.info[key]; },
    set(value) { this.info[key] = value; },
    enumerable: true, configurable: true,
  };
}

// node's SystemError shows the values behind its accessors (errno: [Getter/Setter: -9])
const systemErrorPrototype = Object.create(Error.prototype, {
  [Symbol.for('nodejs.util.inspect.custom')]: {
    value(depth, options, inspect) { return inspect(this, { ...options, getters: true, customInspect: false }); },
    enumerable: false, writable: true, configurable: true,
  },
});

// node's SystemError: `SystemError [CODE]: <prefix>: <syscall> returned <CODE> (<description>)
// <path> => <dest>`, with code, info, and accessors into info for errno, syscall, path and dest.
function systemError(code, prefix, info) {
  let message = `${prefix}: ${info.syscall} returned ${info.code} (${info.message})`;
  if (info.path !== undefined) message += ` ${info.path}`;
  if (info.dest !== undefined) message += ` => ${info.dest}`;
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const error = new Error();
  Error.stackTraceLimit = limit;
  Object.defineProperties(error, {
    [kIsNodeError]: { value: true, enumerable: false, writable: false, configurable: true },
    name: { value: 'SystemError', enumerable: false, writable: true, configurable: true },
    message: { value: message, enumerable: false, writable: true, configurable: true },
    toString: {
      value() { return `${this.name} [${this.code}]: ${this.message}`; },
      enumerable: false, writable: true, configurable: true,
    },
  });
  Object.setPrototypeOf(error, systemErrorPrototype);
  error.code = code;
  Object.defineProperty(error, 'info', { value: info, enumerable: true, configurable: true, writable: false });
  for (const key of ['errno', 'syscall', 'path', 'dest']) {
    if (info[key] !== undefined) Object.defineProperty(error, key, makeInfoAccessor(key));
  }
  Error.captureStackTrace(error, systemError);
  return error;
}

// What fs.rm throws for a directory without `recursive`.
function fsEisdirError(path, syscall = 'rm') {
  return systemError('ERR_FS_EISDIR', 'Path is a directory',
    { code: 'EISDIR', message: 'is a directory', path, syscall, errno: 21 });
}

module.exports = { isUvError, isOperationalError, copyUvError, asAsyncError, systemError, fsEisdirError };
