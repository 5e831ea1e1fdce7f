'use strict';
// Argument handling shared by the three forms of node:fs (sync, callback, promises): fs.constants,
// path / fd / flags / mode / options validation with node's messages, and the conversions between
// what JS passes and what the host functions take (host_fs.py).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const {
  validateAbortSignal, validateInt32, validateInteger, validateUint32, validateBoolean,
} = require('internal/validators');

// Linux values, as node's binding reports them.
const constants = {
  __proto__: null,
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576, S_IFIFO: 4096,
  S_IFLNK: 40960, S_IFSOCK: 49152,
  O_CREAT: 64, O_EXCL: 128, UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024,
  O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096,
  O_DIRECT: 16384, O_NONBLOCK: 2048,
  S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16,
  S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
};

const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC } = constants;

// A node error whose message is not the one its code's formatter builds (node's C++ layer
// words some range and type checks its own way).
function withMessage(error, message) {
  error.message = message;
  Error.captureStackTrace(error, withMessage);
  return error;
}

// -- paths --------------------------------------------------------------------------------------

function isURL(value) {
  return Boolean(value?.href && value.protocol && value.auth === undefined && value.path === undefined);
}

// A path argument as the string host_fs takes: string, Buffer / Uint8Array, or a file: URL.
function getValidatedPath(value, name = 'path') {
  let path = value;
  if (isURL(path)) path = require('url').fileURLToPath(path);
  if (typeof path !== 'string' && !(path instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  }
  if (typeof path === 'string' ? path.includes('\u0000') : path.includes(0)) {
    throw new ERR_INVALID_ARG_VALUE(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return typeof path === 'string' ? path : host.fsDecodePath(asUint8Array(path));
}

function isFd(value) {
  return typeof value === 'number' && (value | 0) === value;
}

function getValidatedFd(fd, name = 'fd') {
  validateInt32(fd, name, 0);
  return fd;
}

// -- flags and modes ----------------------------------------------------------------------------

const flagTable = {
  __proto__: null,
  r: O_RDONLY,
  rs: O_RDONLY | O_SYNC, sr: O_RDONLY | O_SYNC,
  'r+': O_RDWR,
  'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
  w: O_TRUNC | O_CREAT | O_WRONLY,
  wx: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL, xw: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR,
  'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL, 'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  a: O_APPEND | O_CREAT | O_WRONLY,
  ax: O_APPEND | O_CREAT | O_WRONLY | O_EXCL, xa: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  as: O_APPEND | O_CREAT | O_WRONLY | O_SYNC, sa: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR,
  'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC, 'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  const value = flagTable[flags];
  if (value === undefined) throw new ERR_INVALID_ARG_VALUE(name, flags);
  return value;
}

const octalPattern = /^[0-7]+$/;

function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!octalPattern.test(value)) {
      throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

// fs.access and fs.copyFile modes, checked the way node's binding words it.
function getValidMode(mode) {
  if (mode == null) return 0;
  if (!Number.isInteger(mode)) {
    throw withMessage(new ERR_INVALID_ARG_TYPE('mode', 'number', mode), 'mode must be int32 or null/undefined');
  }
  if (mode < 0 || mode > 7) {
    throw withMessage(new ERR_OUT_OF_RANGE('mode', '', mode), 'mode is out of range: >= 0 && <= 7');
  }
  return mode;
}

// -- options and encodings ----------------------------------------------------------------------

function normalizeEncoding(encoding) {
  if (encoding == null || encoding === 'buffer') return null;
  switch (`${encoding}`.toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    default: return undefined;
  }
}

function assertEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && normalizeEncoding(encoding) === undefined) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// node's getOptions: a string is the encoding; an object is used as it is (not merged).
function getOptions(options, defaults = {}) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    assertEncoding(options);
    return { ...defaults, encoding: options };
  }
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function optionalBoolean(value, name) {
  if (value === undefined) return false;
  validateBoolean(value, name);
  return value;
}

// -- data ---------------------------------------------------------------------------------------

function asUint8Array(view) {
  if (view instanceof Uint8Array) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// What writeFile / appendFile / write accept as data: a string or an ArrayBufferView.
function validateData(data, name = 'data') {
  if (ArrayBuffer.isView(data)) return asUint8Array(data);
  if (typeof data !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return data;
}

let BufferClass;
// The bytes host_fs returns, as the Buffer node returns (a plain Uint8Array until node:buffer exists).
function toBuffer(u8) {
  if (BufferClass === undefined) BufferClass = host.hasInternal('buffer') ? require('buffer').Buffer : null;
  return BufferClass ? BufferClass.from(u8.buffer, u8.byteOffset, u8.length) : u8;
}

// A string result in the caller's encoding: 'buffer' gives a Buffer of its UTF-8 bytes.
function encodeResult(text, encoding) {
  if (encoding !== 'buffer') return text;
  if (BufferClass === undefined) toBuffer(new Uint8Array(0));
  return BufferClass ? BufferClass.from(text) : text;
}

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// -- read / write argument shapes (node's validateOffsetLength*) ----------------------------------

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

// A read's position: an integer from -1, or a bigint that leaves room for `length` bytes below 2^63
function validatePosition(position, name, length) {
  if (typeof position === 'bigint') {
    const maxPosition = 2n ** 63n - 1n - BigInt(length);
    if (!(position >= -1n && position <= maxPosition)) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${maxPosition}`, position);
    }
    return Number(position);
  }
  validateInteger(position, name, -1);
  return position;
}

module.exports = {
  constants,
  withMessage,
  isURL,
  getValidatedPath,
  isFd,
  getValidatedFd,
  stringToFlags,
  parseFileMode,
  getValidMode,
  normalizeEncoding,
  getOptions,
  optionalBoolean,
  asUint8Array,
  validateData,
  toBuffer,
  encodeResult,
  toUnixTimestamp,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
};

// node keeps its Stats classes in this module (its own tests take them from here); loaded on use
for (const name of ['Stats', 'BigIntStats']) {
  Object.defineProperty(module.exports, name, {
    get: () => require('internal/fs/stats')[name],
    enumerable: true, configurable: true,
  });
}
