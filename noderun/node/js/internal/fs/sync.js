'use strict';
// The fs operations, each a generator: it validates as node does, yields the host_fs calls it
// needs (`yield call('fsStat', ...)` hands back the call's result or throws its error) and returns
// the operation's result. `xxxSync` runs it with each host call made at once (the exported sync
// functions); `runAsync` runs it with each host call made on the host's thread pool (the callback
// and promise forms in fs.js and fs/promises.js), as node's fs runs its uv_fs requests.


const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateInteger, validateObject, validateOneOf, kValidateObjectAllowNullable } = require('internal/validators');
const {
  constants, isURL, getValidatedPath, isFd, getValidatedFd, stringToFlags, parseFileMode, getValidMode,
  normalizeEncoding, getOptions, optionalBoolean, asUint8Array, validateData, toBuffer, encodeResult,
  toUnixTimestamp, validateOffsetLengthRead, validateOffsetLengthWrite, validatePosition,
} = require('internal/fs/utils');
const { makeStats, makeDirents, splitNames } = require('internal/fs/stats');
const { fsEisdirError } = require('internal/fs/errors');
const threadpool = require('internal/threadpool');

const { F_OK } = constants;

// -- whole files --------------------------------------------------------------------------------

function* readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const target = isFd(path) ? getValidatedFd(path) : getValidatedPath(path);
  const encoding = normalizeEncoding(options.encoding);
  const result = yield call('fsReadFile', target, stringToFlags(options.flag), encoding);
  return encoding ? result : toBuffer(result);
}

function* writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  data = validateData(data);
  const target = isFd(path) ? path : getValidatedPath(path);
  const encoding = normalizeEncoding(options.encoding) ?? 'utf8';
  const flags = stringToFlags(options.flag ?? 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const { signal } = options;
  if (signal === undefined || typeof target === 'number') {
    yield call('fsWriteFile', target, data, encoding, flags, mode);
    return;
  }
  // with a signal (the callback and promise forms), opening and writing are separate steps: one
  // aborted in between leaves the file opened (made, truncated) but not written, as node's
  const fd = yield call('fsOpen', target, flags, mode);
  try {
    if (!signal.aborted) yield call('fsWriteFile', fd, data, encoding, flags, mode);
  } finally {
    yield call('fsClose', fd);
  }
}

function* appendFileSync(path, data, options) {
  options = { ...getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' }) };
  if (!options.flag || isFd(path)) options.flag = 'a';
  yield* writeFileSync(path, data, options);
}

let warnedExistsArgument = false;

function* existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch (error) {
    // node 24 deprecates a path of the wrong type (DEP0187), once
    if (error?.code === 'ERR_INVALID_ARG_TYPE' && !warnedExistsArgument) {
      warnedExistsArgument = true;
      process.emitWarning('Passing invalid argument types to fs.existsSync is deprecated', 'DeprecationWarning',
        'DEP0187');
    }
    return false;
  }
  return yield call('fsExists', path);
}

// fs.exists: a path node refuses gets false at once (synchronously), any other answer later
function isValidPath(path) {
  try {
    getValidatedPath(path);
    return true;
  } catch {
    return false;
  }
}

// -- stat ---------------------------------------------------------------------------------------

// node's StatFs: a file system's type and sizes
class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    Object.assign(this, { type, bsize, blocks, bfree, bavail, files, ffree });
  }
}

function* statfsSync(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  const fields = yield call('fsStatfs', path);
  return new StatFs(...fields.map(options?.bigint ? BigInt : Number));
}

function* statLike(target, follow, options) {
  const bigint = Boolean(options?.bigint);
  const fields = yield call('fsStat', target, follow, options?.throwIfNoEntry !== false, bigint);
  return fields == null ? undefined : makeStats(fields, bigint);
}

function* statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return yield* statLike(getValidatedPath(path), true, options);
}

function* lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return yield* statLike(getValidatedPath(path), false, options);
}

function* fstatSync(fd, options = { bigint: false }) {
  return yield* statLike(getValidatedFd(fd), true, { bigint: options?.bigint });
}

// -- directories --------------------------------------------------------------------------------

function* readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  const withFileTypes = Boolean(options.withFileTypes);
  const listing = yield call('fsReaddir', path, withFileTypes, Boolean(options.recursive));
  if (withFileTypes) return makeDirents(listing);
  const names = splitNames(listing);
  return options.encoding === 'buffer' ? names.map((name) => encodeResult(name, 'buffer')) : names;
}

function* mkdirSync(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    recursive = optionalBoolean(options.recursive, 'options.recursive');
    mode = parseFileMode(options.mode, 'options.mode', 0o777);
  }
  const first = yield call('fsMkdir', getValidatedPath(path), mode, recursive);
  return first ?? undefined;
}

function validateRmOptions(options) {
  if (options === undefined) return { recursive: false, force: false };
  validateObject(options, 'options');
  return {
    recursive: optionalBoolean(options.recursive, 'options.recursive'),
    force: optionalBoolean(options.force, 'options.force'),
  };
}

// fs.rm and fs.promises.rm remove a link to a directory; node 24's fs.rmSync (native code that
// looks through the link) refuses it unless recursive, with a plain Error.
function* removePath(path, options, refuseLinkToDirectory) {
  const { recursive, force } = validateRmOptions(options);
  path = getValidatedPath(path);
  const refused = yield call('fsRm', path, recursive, force, refuseLinkToDirectory);
  if (refused === 'EISDIR') throw fsEisdirError(path);
  if (refused === 'LINK_EISDIR') {
    throw Object.assign(new Error(`Path is a directory: ${path}`), { code: 'ERR_FS_EISDIR' });
  }
}

function* rmSync(path, options) {
  yield* removePath(path, options, true);
}

function* rmPath(path, options) {
  yield* removePath(path, options, false);
}

let warnedRecursiveRmdir = false;

function warnRecursiveRmdir() {
  if (warnedRecursiveRmdir) return;
  warnedRecursiveRmdir = true;
  process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
    'Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
}

function* rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    validateRmOptions(options);
    // node 24 checks first: a missing path fails its lstat (and warns of nothing), anything but a
    // directory is ENOTDIR
    try {
      yield call('fsRm', path, true, false, false, true);
    } catch (error) {
      if (error.syscall !== 'lstat') warnRecursiveRmdir();
      throw error;
    }
    warnRecursiveRmdir();
    return;
  }
  yield call('fsRmdir', path);
}

function* unlinkSync(path) {
  yield call('fsUnlink', getValidatedPath(path));
}

function* renameSync(oldPath, newPath) {
  yield call('fsRename', getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

function* linkSync(existingPath, newPath) {
  yield call('fsLink', getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}

function* mkdtempSync(prefix, options) {
  options = getOptions(options);
  return encodeResult(yield call('fsMkdtemp', getValidatedPath(prefix, 'prefix')), options.encoding);
}

// node 24: a temporary directory that removes itself (remove(), or `using`) by the full path it
// had when made, so that a later chdir does not matter; a second removal is no error.
function* mkdtempDisposableSync(prefix, options) {
  const path = yield* mkdtempSync(prefix, options);
  const fullPath = require('path').resolve(process.cwd(), path);
  const remove = () => { host.fsRm(fullPath, true, true); };
  return { path, remove, [Symbol.dispose]() { remove(); } };
}

// node's JS realpath converts what is not a path to a string (false -> 'false') before checking.
function* realpathSync(path, options) {
  options = getOptions(options);
  if (!isURL(path) && typeof path !== 'string') path += '';
  path = require('path').resolve(getValidatedPath(path));
  return encodeResult(yield call('fsRealpath', path, false), options.encoding);
}

// Unnamed, as node's is.
const realpathNativeSync = (0, function* (path, options) {
  options = getOptions(options);
  return encodeResult(yield call('fsRealpath', getValidatedPath(path), true), options.encoding);
});

function* copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  yield call('fsCopyFile', src, dest, getValidMode(mode));
}

function* accessSync(path, mode) {
  path = getValidatedPath(path);
  yield call('fsAccess', path, mode === undefined ? F_OK : getValidMode(mode));
}

function* chmodSync(path, mode) {
  path = getValidatedPath(path);
  yield call('fsChmod', path, parseFileMode(mode, 'mode'));
}

function* fchmodSync(fd, mode) {
  yield call('fsFchmod', getValidatedFd(fd), parseFileMode(mode, 'mode'));
}

const kMaxUserId = 2 ** 32 - 1;

function* chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  yield call('fsChown', path, uid, gid);
}

function* lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  yield call('fsLchown', path, uid, gid);
}

function* fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  yield call('fsFchown', fd, uid, gid);
}

function truncateLength(len) {
  validateInteger(len, 'len');
  return Math.max(0, len);
}

function* truncateSync(path, len = 0) {
  if (isFd(path)) return yield* ftruncateSync(path, len);
  yield call('fsTruncate', getValidatedPath(path), truncateLength(len));
}

function* ftruncateSync(fd, len = 0) {
  yield call('fsFtruncate', getValidatedFd(fd), truncateLength(len));
}

function* symlinkSync(target, path, type) {
  validateOneOf(type, 'type', ['dir', 'file', 'junction', null, undefined]);   // before the paths, as node
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  yield call('fsSymlink', target, path);
}

function* readlinkSync(path, options) {
  options = getOptions(options);
  return encodeResult(yield call('fsReadlink', getValidatedPath(path)), options.encoding);
}

function* utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  yield call('fsUtimes', path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function* lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  yield call('fsLutimes', path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function* futimesSync(fd, atime, mtime) {
  yield call('fsFutimes', getValidatedFd(fd), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

// -- file descriptors ---------------------------------------------------------------------------

function* openSync(path, flags, mode) {
  path = getValidatedPath(path);
  return yield call('fsOpen', path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666));
}

function* closeSync(fd) {
  yield call('fsClose', getValidatedFd(fd));
}

function* fsyncSync(fd) {
  yield call('fsFsync', getValidatedFd(fd));
}

function* fdatasyncSync(fd) {
  yield call('fsFdatasync', getValidatedFd(fd));
}

function validateBuffer(buffer) {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

// readSync(fd, buffer, offset, length, position) or readSync(fd, buffer, { offset, length, position })
function* readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
  }
  if (offset == null) offset = 0;   // node: a null offset is 0 too
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  position = position == null ? -1 : validatePosition(position, 'position', length);
  const bytes = yield call('fsRead', fd, length, position);
  asUint8Array(buffer).set(bytes, offset);
  return bytes.length;
}

// writeSync(fd, buffer, offset, length, position) / (fd, buffer, { ... }) / (fd, string, position, encoding)
function* writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (ArrayBuffer.isView(buffer)) {
    if (typeof offset === 'object' && offset !== null) {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (typeof offset !== 'number') offset = 0;
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const view = asUint8Array(buffer).subarray(offset, offset + length);
    return yield call('fsWrite', fd, view, null, position);
  }
  validateData(buffer, 'buffer');
  const encoding = normalizeEncoding(length) ?? 'utf8';   // node: anything else writes UTF-8
  return yield call('fsWrite', fd, buffer, encoding, typeof offset === 'number' ? offset : null);
}

function validateBufferArray(buffers) {
  if (!Array.isArray(buffers) || !buffers.every((buffer) => ArrayBuffer.isView(buffer))) {
    throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  }
}

// readvSync(fd, buffers[, position]): one read of their total size, spread over the buffers in
// order (what readv(2) does; a position that is not a number reads at the file position)
function* readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  const total = buffers.reduce((sum, buffer) => sum + buffer.byteLength, 0);
  if (total === 0) return 0;
  const bytes = yield call('fsRead', fd, total, typeof position === 'number' ? position : -1);
  let offset = 0;
  for (const buffer of buffers) {
    if (offset >= bytes.length) break;
    const part = bytes.subarray(offset, offset + buffer.byteLength);
    asUint8Array(buffer).set(part);
    offset += part.length;
  }
  return bytes.length;
}

// writevSync(fd, buffers[, position]): the buffers joined, written with one write(2) as writev(2)
function* writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  const total = buffers.reduce((sum, buffer) => sum + buffer.byteLength, 0);
  if (total === 0) return 0;
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const buffer of buffers) {
    joined.set(asUint8Array(buffer), offset);
    offset += buffer.byteLength;
  }
  return yield call('fsWrite', fd, joined, null, typeof position === 'number' ? position : null);
}

const call = (name, ...args) => [name, ...args];

// Run an operation's steps to the end now, each host call made at once.
function runSync(steps) {
  let step = steps.next();
  while (!step.done) {
    const [name, ...args] = step.value;
    let result;
    try {
      result = Reflect.apply(host[name], host, args);
    } catch (error) {
      step = steps.throw(error);
      continue;
    }
    step = steps.next(result);
  }
  return step.value;
}

// Run an operation's steps with each host call on the thread pool; `done(error, value)` runs on
// this thread's loop when the last one has answered (on the next tick when there was none). An
// error thrown before the first host call (validation) is thrown here, at the call, as node's.
function runAsync(steps, done) {
  const advance = (error, result) => {
    let step;
    try {
      step = error ? steps.throw(error) : steps.next(result);
    } catch (thrown) {
      done(thrown);
      return;
    }
    if (step.done) done(null, step.value);
    else threadpool.queue(step.value[0], step.value.slice(1), advance);
  };
  const first = steps.next();
  if (first.done) process.nextTick(done, null, first.value);
  else threadpool.queue(first.value[0], first.value.slice(1), advance);
}

const ops = {
  readFileSync, writeFileSync, appendFileSync, existsSync,
  statSync, lstatSync, fstatSync, statfsSync,
  readdirSync, mkdirSync, rmSync, rmPath, rmdirSync, unlinkSync, renameSync, linkSync, mkdtempSync,
  mkdtempDisposableSync,
  realpathSync, copyFileSync, accessSync, chmodSync, fchmodSync, chownSync, lchownSync, fchownSync,
  truncateSync, ftruncateSync, symlinkSync, readlinkSync, utimesSync, lutimesSync, futimesSync,
  openSync, closeSync, fsyncSync, fdatasyncSync, readSync, writeSync, readvSync, writevSync,
  realpathNativeSync,
};

function syncForm(op, name) {
  const fn = function (...args) {
    return runSync(Reflect.apply(op, this, args));
  };
  Object.defineProperty(fn, 'name', { value: name });
  Object.defineProperty(fn, 'length', { value: op.length });
  return fn;
}

module.exports = { ops, runAsync, runSync, isValidPath };
for (const name of Object.keys(ops)) module.exports[name] = syncForm(ops[name], name);
module.exports.realpathSync.native = syncForm(realpathNativeSync, '');
