'use strict';
// node:fs. The synchronous functions (internal/fs/sync.js) do the work; each callback form runs
// the same work at once and delivers (err, value) through the event loop's check phase, so the
// callback always runs after the current code, its nextTicks and its promise jobs, as node's do.
// fs.promises is node:fs/promises, loaded on first use.

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction, validateObject, kValidateObjectAllowNullable } = require('internal/validators');
const { setImmediate } = require('internal/timers');
const sync = require('internal/fs/sync');
const { constants, toBuffer } = require('internal/fs/utils');
const { Stats, Dirent } = require('internal/fs/stats');
const { deprecate } = require('internal/util/deprecate');
const { Dir, openDirectory } = require('internal/fs/dir');
const { isUvError, isOperationalError, copyUvError, asAsyncError } = require('internal/fs/errors');

// fs.glob(pattern[, options], callback)
function glob(pattern, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  require('internal/fs/glob').globCallback(pattern, options, callback);
}

function globSync(pattern, options) {
  return require('internal/fs/glob').globSync(pattern, options);
}

function deliver(fn) {
  setImmediate(fn);
}


function named(fn, name) {
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

// The public sync function: a uvException is rethrown with a stack that starts in the program.
function syncForm(fn) {
  const wrapper = named(function (...args) {
    try {
      return Reflect.apply(fn, this, args);
    } catch (error) {
      throw isUvError(error) ? copyUvError(error, wrapper) : error;
    }
  }, fn.name);
  return wrapper;
}

// Run `work(args)` now; hand the callback its result later. Thrown validation errors propagate.
function runThenCall(callback, work, args, report = (cb, value) => (value === undefined ? cb(null) : cb(null, value))) {
  let value;
  try {
    value = work(args);
  } catch (error) {
    if (!isOperationalError(error)) throw error;
    const asyncError = asAsyncError(error);
    deliver(() => callback(asyncError));
    return;
  }
  deliver(() => report(callback, value, args));
}

// The callback form of `syncFn`: the callback is the first function among the first `arity` + 1
// arguments. Without one, node's ERR_INVALID_ARG_TYPE names `cb` and shows what stood in its place
// (`received`: by default the argument at `arity`).
function callbackForm(syncFn, arity, name, { report, received = (args) => args[arity] } = {}) {
  return named(function (...args) {
    const index = args.findIndex((arg, i) => typeof arg === 'function' && i <= arity);
    if (index === -1) throw new ERR_INVALID_ARG_TYPE('cb', 'Function', received(args));
    const callback = args[index];
    args.length = index;
    runThenCall(callback, (list) => Reflect.apply(syncFn, undefined, list), args, report);
  }, name);
}

// readFile / writeFile / appendFile take `callback ||= options`.
const orOptions = (arity) => ({ received: (args) => args[arity] || args[arity - 1] });
// open(path, flags) treats its second argument as the callback.
const openReceived = { received: (args) => (args.length < 3 ? args[1] : args[3]) };

const reportBytesAndBuffer = (cb, count, args) => cb(null, count, args[1]);

// fs.read(fd, buffer, offset, length, position, cb), (fd, buffer, options, cb),
// (fd, options, cb) and (fd, cb): the last two allocate a 16 KiB buffer as node does.
function read(fd, buffer, offsetOrOptions, length, position, callback) {
  let args;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      callback = length;
      args = [fd, buffer, offsetOrOptions ?? {}];
    } else if (arguments.length === 3) {
      callback = offsetOrOptions;
      if (ArrayBuffer.isView(buffer)) {
        args = [fd, buffer, {}];
      } else {
        const params = buffer ?? {};
        args = [fd, params.buffer ?? allocBuffer(16384), params];
      }
    } else {
      callback = buffer;
      args = [fd, allocBuffer(16384), {}];
    }
  } else {
    args = [fd, buffer, offsetOrOptions, length, position];
  }
  validateFunction(callback, 'cb');
  runThenCall(callback, (list) => Reflect.apply(sync.readSync, undefined, list), args, reportBytesAndBuffer);
}

// fs.opendir(path[, options], callback): node names this callback 'callback'
function opendir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  runThenCall(callback, () => openDirectory(path, options), []);
}

function allocBuffer(size) {
  return toBuffer(new Uint8Array(size));
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  const found = sync.existsOrInvalid(path);
  if (found === null) return callback(false);
  deliver(() => callback(found));
}

function defaultCloseCallback(error) {
  if (error != null) throw error;
}

function close(fd, callback = defaultCloseCallback) {
  if (callback !== defaultCloseCallback) validateFunction(callback, 'cb');
  runThenCall(callback, ([descriptor]) => sync.closeSync(descriptor), [fd]);
}

const realpath = callbackForm(sync.realpathSync, 2, 'realpath');
const realpathSync = syncForm(sync.realpathSync);
realpathSync.native = syncForm(sync.realpathSync.native);
realpath.native = callbackForm(sync.realpathSync.native, 2, '');

let promises;

module.exports = {
  appendFile: callbackForm(sync.appendFileSync, 3, 'appendFile', orOptions(3)),
  appendFileSync: syncForm(sync.appendFileSync),
  access: callbackForm(sync.accessSync, 2, 'access'),
  accessSync: syncForm(sync.accessSync),
  chown: callbackForm(sync.chownSync, 3, 'chown'),
  chownSync: syncForm(sync.chownSync),
  chmod: callbackForm(sync.chmodSync, 2, 'chmod'),
  chmodSync: syncForm(sync.chmodSync),
  close,
  closeSync: syncForm(sync.closeSync),
  copyFile: callbackForm(sync.copyFileSync, 3, 'copyFile'),
  copyFileSync: syncForm(sync.copyFileSync),
  exists,
  existsSync: syncForm(sync.existsSync),
  fchown: callbackForm(sync.fchownSync, 3, 'fchown'),
  fchownSync: syncForm(sync.fchownSync),
  fchmod: callbackForm(sync.fchmodSync, 2, 'fchmod'),
  fchmodSync: syncForm(sync.fchmodSync),
  fdatasync: callbackForm(sync.fdatasyncSync, 1, 'fdatasync'),
  fdatasyncSync: syncForm(sync.fdatasyncSync),
  fstat: callbackForm(sync.fstatSync, 2, 'fstat'),
  fstatSync: syncForm(sync.fstatSync),
  fsync: callbackForm(sync.fsyncSync, 1, 'fsync'),
  fsyncSync: syncForm(sync.fsyncSync),
  ftruncate: callbackForm(sync.ftruncateSync, 2, 'ftruncate'),
  ftruncateSync: syncForm(sync.ftruncateSync),
  futimes: callbackForm(sync.futimesSync, 3, 'futimes'),
  futimesSync: syncForm(sync.futimesSync),
  lchown: callbackForm(sync.lchownSync, 3, 'lchown'),
  lchownSync: syncForm(sync.lchownSync),
  link: callbackForm(sync.linkSync, 2, 'link'),
  linkSync: syncForm(sync.linkSync),
  lstat: callbackForm(sync.lstatSync, 2, 'lstat'),
  lstatSync: syncForm(sync.lstatSync),
  lutimes: callbackForm(sync.lutimesSync, 3, 'lutimes'),
  lutimesSync: syncForm(sync.lutimesSync),
  mkdir: callbackForm(sync.mkdirSync, 2, 'mkdir'),
  mkdirSync: syncForm(sync.mkdirSync),
  mkdtemp: callbackForm(sync.mkdtempSync, 2, 'mkdtemp'),
  mkdtempSync: syncForm(sync.mkdtempSync),
  mkdtempDisposableSync: syncForm(sync.mkdtempDisposableSync),
  open: callbackForm(sync.openSync, 3, 'open', openReceived),
  openSync: syncForm(sync.openSync),
  readdir: callbackForm(sync.readdirSync, 2, 'readdir'),
  readdirSync: syncForm(sync.readdirSync),
  read,
  readSync: syncForm(sync.readSync),
  readFile: callbackForm(sync.readFileSync, 2, 'readFile', orOptions(2)),
  readFileSync: syncForm(sync.readFileSync),
  readlink: callbackForm(sync.readlinkSync, 2, 'readlink'),
  readlinkSync: syncForm(sync.readlinkSync),
  realpath,
  realpathSync,
  rename: callbackForm(sync.renameSync, 2, 'rename'),
  renameSync: syncForm(sync.renameSync),
  rm: callbackForm(sync.rmPath, 2, 'rm'),
  rmSync: syncForm(sync.rmSync),
  rmdir: callbackForm(sync.rmdirSync, 2, 'rmdir'),
  rmdirSync: syncForm(sync.rmdirSync),
  stat: callbackForm(sync.statSync, 2, 'stat'),
  statSync: syncForm(sync.statSync),
  symlink: callbackForm(sync.symlinkSync, 3, 'symlink'),
  symlinkSync: syncForm(sync.symlinkSync),
  truncate: callbackForm(sync.truncateSync, 2, 'truncate'),
  truncateSync: syncForm(sync.truncateSync),
  unlink: callbackForm(sync.unlinkSync, 1, 'unlink'),
  unlinkSync: syncForm(sync.unlinkSync),
  utimes: callbackForm(sync.utimesSync, 3, 'utimes'),
  utimesSync: syncForm(sync.utimesSync),
  writeFile: callbackForm(sync.writeFileSync, 3, 'writeFile', orOptions(3)),
  writeFileSync: syncForm(sync.writeFileSync),
  write: callbackForm(sync.writeSync, 5, 'write', { report: reportBytesAndBuffer }),
  writeSync: syncForm(sync.writeSync),
  glob,
  globSync,
  Dirent,
  Stats: deprecate(Stats, 'fs.Stats constructor is deprecated.', 'DEP0180'),   // node 24
  Dir,
  opendir,
  opendirSync: syncForm(named((path, options) => openDirectory(path, options), 'opendirSync')),
  constants,
};

// fs.F_OK and friends: node 24 keeps them as hidden getters that warn (DEP0176, once)
for (const name of ['F_OK', 'R_OK', 'W_OK', 'X_OK']) {
  Object.defineProperty(module.exports, name, {
    get: deprecate(() => constants[name], `fs.${name} is deprecated, use fs.constants.${name} instead`, 'DEP0176'),
    enumerable: false, configurable: false,
  });
}

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    promises ??= require('fs/promises');
    return promises;
  },
});
