'use strict';
// The synchronous fs operations: validate as node does, then one host_fs call. The callback and
// promise forms (fs.js, fs/promises.js) are built on these.

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

const { F_OK } = constants;

// -- whole files --------------------------------------------------------------------------------

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const target = isFd(path) ? getValidatedFd(path) : getValidatedPath(path);
  const encoding = normalizeEncoding(options.encoding);
  const result = host.fsReadFile(target, stringToFlags(options.flag), encoding);
  return encoding ? result : toBuffer(result);
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  data = validateData(data);
  const target = isFd(path) ? path : getValidatedPath(path);
  host.fsWriteFile(target, data, normalizeEncoding(options.encoding) ?? 'utf8',
    stringToFlags(options.flag ?? 'w'), parseFileMode(options.mode, 'mode', 0o666));
}

function appendFileSync(path, data, options) {
  options = { ...getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' }) };
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFileSync(path, data, options);
}

let warnedExistsArgument = false;

function existsSync(path) {
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
  return host.fsExists(path);
}

// fs.exists: a path node refuses gets false at once (synchronously), any other answer later
function existsOrInvalid(path) {
  try {
    return host.fsExists(getValidatedPath(path));
  } catch {
    return null;
  }
}

// -- stat ---------------------------------------------------------------------------------------

function statLike(target, follow, options) {
  const bigint = Boolean(options?.bigint);
  const fields = host.fsStat(target, follow, options?.throwIfNoEntry !== false, bigint);
  return fields == null ? undefined : makeStats(fields, bigint);
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statLike(getValidatedPath(path), true, options);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statLike(getValidatedPath(path), false, options);
}

function fstatSync(fd, options = { bigint: false }) {
  return statLike(getValidatedFd(fd), true, { bigint: options?.bigint });
}

// -- directories --------------------------------------------------------------------------------

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  const withFileTypes = Boolean(options.withFileTypes);
  const listing = host.fsReaddir(path, withFileTypes, Boolean(options.recursive));
  if (withFileTypes) return makeDirents(listing);
  const names = splitNames(listing);
  return options.encoding === 'buffer' ? names.map((name) => encodeResult(name, 'buffer')) : names;
}

function mkdirSync(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    recursive = optionalBoolean(options.recursive, 'options.recursive');
    mode = parseFileMode(options.mode, 'options.mode', 0o777);
  }
  const first = host.fsMkdir(getValidatedPath(path), mode, recursive);
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
function removePath(path, options, refuseLinkToDirectory) {
  const { recursive, force } = validateRmOptions(options);
  path = getValidatedPath(path);
  const refused = host.fsRm(path, recursive, force, refuseLinkToDirectory);
  if (refused === 'EISDIR') throw fsEisdirError(path);
  if (refused === 'LINK_EISDIR') {
    throw Object.assign(new Error(`Path is a directory: ${path}`), { code: 'ERR_FS_EISDIR' });
  }
}

function rmSync(path, options) {
  removePath(path, options, true);
}

function rmPath(path, options) {
  removePath(path, options, false);
}

let warnedRecursiveRmdir = false;

function warnRecursiveRmdir() {
  if (warnedRecursiveRmdir) return;
  warnedRecursiveRmdir = true;
  process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
    'Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    validateRmOptions(options);
    // node 24 checks first: a missing path fails its lstat (and warns of nothing), anything but a
    // directory is ENOTDIR
    try {
      host.fsRm(path, true, false, false, true);
    } catch (error) {
      if (error.syscall !== 'lstat') warnRecursiveRmdir();
      throw error;
    }
    warnRecursiveRmdir();
    return;
  }
  host.fsRmdir(path);
}

function unlinkSync(path) {
  host.fsUnlink(getValidatedPath(path));
}

function renameSync(oldPath, newPath) {
  host.fsRename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

function linkSync(existingPath, newPath) {
  host.fsLink(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  return encodeResult(host.fsMkdtemp(getValidatedPath(prefix, 'prefix')), options.encoding);
}

// node 24: a temporary directory that removes itself (remove(), or `using`) by the full path it
// had when made, so that a later chdir does not matter; a second removal is no error.
function mkdtempDisposableSync(prefix, options) {
  const path = mkdtempSync(prefix, options);
  const fullPath = require('path').resolve(process.cwd(), path);
  const remove = () => { host.fsRm(fullPath, true, true); };
  return { path, remove, [Symbol.dispose]() { remove(); } };
}

// node's JS realpath converts what is not a path to a string (false -> 'false') before checking.
function realpathSync(path, options) {
  options = getOptions(options);
  if (!isURL(path) && typeof path !== 'string') path += '';
  path = require('path').resolve(getValidatedPath(path));
  return encodeResult(host.fsRealpath(path, false), options.encoding);
}

// Unnamed, as node's is.
realpathSync.native = (0, function (path, options) {
  options = getOptions(options);
  return encodeResult(host.fsRealpath(getValidatedPath(path), true), options.encoding);
});

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  host.fsCopyFile(src, dest, getValidMode(mode));
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  host.fsAccess(path, mode === undefined ? F_OK : getValidMode(mode));
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  host.fsChmod(path, parseFileMode(mode, 'mode'));
}

function fchmodSync(fd, mode) {
  host.fsFchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'));
}

const kMaxUserId = 2 ** 32 - 1;

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  host.fsChown(path, uid, gid);
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  host.fsLchown(path, uid, gid);
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  host.fsFchown(fd, uid, gid);
}

function truncateLength(len) {
  validateInteger(len, 'len');
  return Math.max(0, len);
}

function truncateSync(path, len = 0) {
  if (isFd(path)) return ftruncateSync(path, len);
  host.fsTruncate(getValidatedPath(path), truncateLength(len));
}

function ftruncateSync(fd, len = 0) {
  host.fsFtruncate(getValidatedFd(fd), truncateLength(len));
}

function symlinkSync(target, path, type) {
  validateOneOf(type, 'type', ['dir', 'file', 'junction', null, undefined]);   // before the paths, as node
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  host.fsSymlink(target, path);
}

function readlinkSync(path, options) {
  options = getOptions(options);
  return encodeResult(host.fsReadlink(getValidatedPath(path)), options.encoding);
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  host.fsUtimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  host.fsLutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function futimesSync(fd, atime, mtime) {
  host.fsFutimes(getValidatedFd(fd), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

// -- file descriptors ---------------------------------------------------------------------------

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  return host.fsOpen(path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666));
}

function closeSync(fd) {
  host.fsClose(getValidatedFd(fd));
}

function fsyncSync(fd) {
  host.fsFsync(getValidatedFd(fd));
}

function fdatasyncSync(fd) {
  host.fsFdatasync(getValidatedFd(fd));
}

function validateBuffer(buffer) {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

// readSync(fd, buffer, offset, length, position) or readSync(fd, buffer, { offset, length, position })
function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  position = position == null ? -1 : validatePosition(position, 'position');
  const bytes = host.fsRead(fd, length, position);
  asUint8Array(buffer).set(bytes, offset);
  return bytes.length;
}

// writeSync(fd, buffer, offset, length, position) / (fd, buffer, { ... }) / (fd, string, position, encoding)
function writeSync(fd, buffer, offsetOrOptions, length, position) {
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
    return host.fsWrite(fd, view, null, position);
  }
  validateData(buffer, 'buffer');
  const encoding = normalizeEncoding(length ?? 'utf8');
  if (encoding == null) throw new ERR_INVALID_ARG_VALUE('encoding', length, 'is invalid encoding');
  return host.fsWrite(fd, buffer, encoding, typeof offset === 'number' ? offset : null);
}

module.exports = {
  readFileSync, writeFileSync, appendFileSync, existsSync, existsOrInvalid,
  statSync, lstatSync, fstatSync,
  readdirSync, mkdirSync, rmSync, rmPath, rmdirSync, unlinkSync, renameSync, linkSync, mkdtempSync,
  mkdtempDisposableSync,
  realpathSync, copyFileSync, accessSync, chmodSync, fchmodSync, chownSync, lchownSync, fchownSync,
  truncateSync, ftruncateSync, symlinkSync, readlinkSync, utimesSync, lutimesSync, futimesSync,
  openSync, closeSync, fsyncSync, fdatasyncSync, readSync, writeSync,
};
