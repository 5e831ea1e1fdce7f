'use strict';
// node:fs. Each function is an operation of internal/fs/sync.js: the sync form runs it at once;
// the callback form validates at the call and runs its system calls on the host's thread pool,
// and the callback gets (err, value) on the loop's poll phase when the pool answers, as node's.
// fs.promises is node:fs/promises, loaded on first use.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction, validateObject, kValidateObjectAllowNullable } = require('internal/validators');
const sync = require('internal/fs/sync');

const { ops, runAsync } = sync;
const { constants, toBuffer, getValidatedFd } = require('internal/fs/utils');
const { Stats, Dirent } = require('internal/fs/stats');
const { deprecate } = require('internal/util/deprecate');
const { Dir, openDirectory, opendirOp } = require('internal/fs/dir');
const { isUvError, copyUvError, asAsyncError } = require('internal/fs/errors');

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

// Run the operation `op(...args)` on the thread pool; hand the callback its result on the loop.
// Thrown validation errors propagate at the call.
function runThenCall(callback, op, args, report = (cb, value) => (value === undefined ? cb(null) : cb(null, value))) {
  runAsync(Reflect.apply(op, undefined, args), (error, value) => {
    if (error) callback(asAsyncError(error));
    else report(callback, value, args);
  });
}

// The callback form of the operation `op`: the callback is the first function among the first `arity` + 1
// arguments. Without one, node's ERR_INVALID_ARG_TYPE names `cb` and shows what stood in its place
// (`received`: by default the argument at `arity`).
function callbackForm(op, arity, name, { report, received = (args) => args[arity], abortable = false } = {}) {
  return named(function (...args) {
    const index = args.findIndex((arg, i) => typeof arg === 'function' && i <= arity);
    if (index === -1) {
      // node checks the other arguments first (but readFile / writeFile / appendFile the callback)
      if (!abortable) validateSteps(op, args.slice(0, arity));
      throw new ERR_INVALID_ARG_TYPE('cb', 'Function', received(args));
    }
    let callback = args[index];
    args.length = index;
    const signal = abortable ? args[arity - 1]?.signal : undefined;
    if (signal !== undefined) callback = abortableCallback(callback, signal);
    if (signal?.aborted) {   // node answers at once, without doing anything
      validateSteps(op, args);
      callback();
      return;
    }
    runThenCall(callback, op, args, report);
  }, name);
}

// readFile / writeFile / appendFile with options.signal: once it is aborted the callback gets an
// AbortError (the signal's reason as its cause) whatever the operation did
function abortableCallback(callback, signal) {
  return (...results) => {
    if (signal.aborted) callback(new AbortError(undefined, { cause: signal.reason }));
    else Reflect.apply(callback, undefined, results);
  };
}

// Run an operation's validation only (its steps up to the first host call), for a call that will
// not run it: bad arguments still throw at the call.
function validateSteps(op, args) {
  Reflect.apply(op, undefined, args).next();
}

// readFile / writeFile / appendFile take `callback ||= options`, and a signal in their options.
const orOptions = (arity) => ({ received: (args) => args[arity] || args[arity - 1], abortable: true });
// open(path, flags) treats its second argument as the callback.
const openReceived = { received: (args) => (args.length < 3 ? args[1] : args[3]) };

const reportBytesAndBuffer = (cb, count, args) => cb(null, count, args[1]);

// fs.readv / fs.writev (fd, buffers[, position], callback): callback(err, bytes, buffers)
function vectorForm(op, name) {
  return named(function (fd, buffers, position, callback) {
    if (typeof position === 'function') {
      callback = position;
      position = null;
    }
    validateFunction(callback, 'cb');
    runThenCall(callback, op, [fd, buffers, position], reportBytesAndBuffer);
  }, name);
}

// fs.read(fd, buffer, offset, length, position, cb), (fd, buffer, options, cb),
// (fd, options, cb) and (fd, cb): the last two allocate a 16 KiB buffer as node does.
function read(fd, buffer, offsetOrOptions, length, position, callback) {
  getValidatedFd(fd);   // node checks the fd, then the buffer, then the callback
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
        args = [fd, params.buffer === undefined ? allocBuffer(16384) : params.buffer, params];
      }
    } else {
      callback = buffer;
      args = [fd, allocBuffer(16384), {}];
    }
  } else {
    args = [fd, buffer, offsetOrOptions, length, position];
  }
  if (!ArrayBuffer.isView(args[1])) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], args[1]);
  }
  validateFunction(callback, 'cb');
  runThenCall(callback, ops.readSync, args, reportBytesAndBuffer);
}

// fs.opendir(path[, options], callback): node names this callback 'callback'
function opendir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  runThenCall(callback, opendirOp, [path, options]);
}

function allocBuffer(size) {
  return toBuffer(new Uint8Array(size));
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  if (!sync.isValidPath(path)) return callback(false);   // a path node refuses: false at once
  runAsync(ops.existsSync(path), (error, found) => callback(found));
}

// util.promisify(fs.exists) resolves to the answer (exists' callback has no error argument)
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: { exists: (path) => new Promise((resolve) => exists(path, resolve)) }.exists,
  writable: false, enumerable: false, configurable: true,
});

function defaultCloseCallback(error) {
  if (error != null) throw error;
}

function close(fd, callback = defaultCloseCallback) {
  if (callback !== defaultCloseCallback) validateFunction(callback, 'cb');
  runThenCall(callback, ops.closeSync, [fd]);
}

const realpath = callbackForm(ops.realpathSync, 2, 'realpath');
const realpathSync = syncForm(sync.realpathSync);
realpathSync.native = syncForm(sync.realpathSync.native);
realpath.native = callbackForm(ops.realpathNativeSync, 2, '');

let promises;

module.exports = {
  appendFile: callbackForm(ops.appendFileSync, 3, 'appendFile', orOptions(3)),
  appendFileSync: syncForm(sync.appendFileSync),
  access: callbackForm(ops.accessSync, 2, 'access'),
  accessSync: syncForm(sync.accessSync),
  chown: callbackForm(ops.chownSync, 3, 'chown'),
  chownSync: syncForm(sync.chownSync),
  chmod: callbackForm(ops.chmodSync, 2, 'chmod'),
  chmodSync: syncForm(sync.chmodSync),
  close,
  closeSync: syncForm(sync.closeSync),
  copyFile: callbackForm(ops.copyFileSync, 3, 'copyFile'),
  copyFileSync: syncForm(sync.copyFileSync),
  exists,
  existsSync: syncForm(sync.existsSync),
  fchown: callbackForm(ops.fchownSync, 3, 'fchown'),
  fchownSync: syncForm(sync.fchownSync),
  fchmod: callbackForm(ops.fchmodSync, 2, 'fchmod'),
  fchmodSync: syncForm(sync.fchmodSync),
  fdatasync: callbackForm(ops.fdatasyncSync, 1, 'fdatasync'),
  fdatasyncSync: syncForm(sync.fdatasyncSync),
  fstat: callbackForm(ops.fstatSync, 2, 'fstat'),
  fstatSync: syncForm(sync.fstatSync),
  fsync: callbackForm(ops.fsyncSync, 1, 'fsync'),
  fsyncSync: syncForm(sync.fsyncSync),
  ftruncate: callbackForm(ops.ftruncateSync, 2, 'ftruncate'),
  ftruncateSync: syncForm(sync.ftruncateSync),
  futimes: callbackForm(ops.futimesSync, 3, 'futimes'),
  futimesSync: syncForm(sync.futimesSync),
  lchown: callbackForm(ops.lchownSync, 3, 'lchown'),
  lchownSync: syncForm(sync.lchownSync),
  link: callbackForm(ops.linkSync, 2, 'link'),
  linkSync: syncForm(sync.linkSync),
  lstat: callbackForm(ops.lstatSync, 2, 'lstat'),
  lstatSync: syncForm(sync.lstatSync),
  lutimes: callbackForm(ops.lutimesSync, 3, 'lutimes'),
  lutimesSync: syncForm(sync.lutimesSync),
  mkdir: callbackForm(ops.mkdirSync, 2, 'mkdir'),
  mkdirSync: syncForm(sync.mkdirSync),
  mkdtemp: callbackForm(ops.mkdtempSync, 2, 'mkdtemp'),
  mkdtempSync: syncForm(sync.mkdtempSync),
  mkdtempDisposableSync: syncForm(sync.mkdtempDisposableSync),
  open: callbackForm(ops.openSync, 3, 'open', openReceived),
  openSync: syncForm(sync.openSync),
  readdir: callbackForm(ops.readdirSync, 2, 'readdir'),
  readdirSync: syncForm(sync.readdirSync),
  read,
  readSync: syncForm(sync.readSync),
  readv: vectorForm(ops.readvSync, 'readv'),
  readvSync: syncForm(sync.readvSync),
  writev: vectorForm(ops.writevSync, 'writev'),
  writevSync: syncForm(sync.writevSync),
  readFile: callbackForm(ops.readFileSync, 2, 'readFile', orOptions(2)),
  readFileSync: syncForm(sync.readFileSync),
  readlink: callbackForm(ops.readlinkSync, 2, 'readlink'),
  readlinkSync: syncForm(sync.readlinkSync),
  realpath,
  realpathSync,
  rename: callbackForm(ops.renameSync, 2, 'rename'),
  renameSync: syncForm(sync.renameSync),
  rm: callbackForm(ops.rmPath, 2, 'rm'),
  rmSync: syncForm(sync.rmSync),
  rmdir: callbackForm(ops.rmdirSync, 2, 'rmdir'),
  rmdirSync: syncForm(sync.rmdirSync),
  stat: callbackForm(ops.statSync, 2, 'stat'),
  statSync: syncForm(sync.statSync),
  statfs: callbackForm(ops.statfsSync, 2, 'statfs'),
  statfsSync: syncForm(sync.statfsSync),
  symlink: callbackForm(ops.symlinkSync, 3, 'symlink'),
  symlinkSync: syncForm(sync.symlinkSync),
  truncate: callbackForm(ops.truncateSync, 2, 'truncate'),
  truncateSync: syncForm(sync.truncateSync),
  unlink: callbackForm(ops.unlinkSync, 1, 'unlink'),
  unlinkSync: syncForm(sync.unlinkSync),
  utimes: callbackForm(ops.utimesSync, 3, 'utimes'),
  utimesSync: syncForm(sync.utimesSync),
  writeFile: callbackForm(ops.writeFileSync, 3, 'writeFile', orOptions(3)),
  writeFileSync: syncForm(sync.writeFileSync),
  write: callbackForm(ops.writeSync, 5, 'write', { report: reportBytesAndBuffer }),
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

// the streams load their module on first use; the classes are settable, as in node
let streams;
const lazyStreams = () => (streams ??= require('internal/fs/streams'));
module.exports.createReadStream = named(function (path, options) {
  return lazyStreams().createReadStream(path, options);
}, 'createReadStream');
module.exports.createWriteStream = named(function (path, options) {
  return lazyStreams().createWriteStream(path, options);
}, 'createWriteStream');
for (const [name, exported] of [['ReadStream', 'ReadStream'], ['WriteStream', 'WriteStream'],
  ['FileReadStream', 'ReadStream'], ['FileWriteStream', 'WriteStream']]) {
  let value;
  Object.defineProperty(module.exports, name, {
    get: { [`get ${name}`]() { return value ?? lazyStreams()[exported]; } }[`get ${name}`],
    set: { [`set ${name}`](replacement) { value = replacement; } }[`set ${name}`],
    enumerable: true, configurable: true,
  });
}

// fs.watch & co. load their module on first use
for (const name of ['watch', 'watchFile', 'unwatchFile']) {
  module.exports[name] = named(function (...args) {
    return Reflect.apply(require('internal/fs/watchers')[name], this, args);
  }, name);
}

// util.promisify of these resolves to an object of both callback values, as node's
const { customPromisifyArgs } = require('internal/util/promisify');
module.exports.read[customPromisifyArgs] = ['bytesRead', 'buffer'];
module.exports.write[customPromisifyArgs] = ['bytesWritten', 'buffer'];
module.exports.readv[customPromisifyArgs] = ['bytesRead', 'buffers'];
module.exports.writev[customPromisifyArgs] = ['bytesWritten', 'buffers'];

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
