'use strict';
// fs.Stats, fs.BigIntStats and fs.Dirent, built from what host_fs returns: a stat is 10 integer
// fields (dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) and 4 (sec, nsec) pairs
// (atime, mtime, ctime, birthtime), packed in a Uint8Array; a directory listing is
// [names, types, parent paths], the names and paths joined by NUL.

const {
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO, UV_DIRENT_SOCKET, UV_DIRENT_CHAR,
  UV_DIRENT_BLOCK,
} = require('internal/fs/utils').constants;

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

const typeChecks = {
  isDirectory: S_IFDIR,
  isFile: S_IFREG,
  isBlockDevice: S_IFBLK,
  isCharacterDevice: S_IFCHR,
  isSymbolicLink: S_IFLNK,
  isFIFO: S_IFIFO,
  isSocket: S_IFSOCK,
};
for (const [name, type] of Object.entries(typeChecks)) {
  Object.defineProperty(StatsBase.prototype, name, {
    value: { [name]() { return this._checkModeProperty(type); } }[name],
    writable: true, enumerable: false, configurable: true,
  });
}

// Since node 22 the Date fields are made on first read (most callers never look at them): an
// enumerable accessor on the prototype that leaves a non-enumerable own value behind, which a
// write replaces.
function defineLazyDates(proto) {
  for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) {
    const msName = `${name}Ms`;
    const settle = (stats, value) => Object.defineProperty(stats, name, { value, writable: true });
    Object.defineProperty(proto, name, {
      get() { const date = dateFromMs(this[msName]); settle(this, date); return date; },
      set(value) { settle(this, value); },
      enumerable: true, configurable: true,
    });
  }
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
defineLazyDates(Stats.prototype);
Object.defineProperties(Stats.prototype, {
  _checkModeProperty: {
    value: function _checkModeProperty(property) { return (this.mode & S_IFMT) === property; },
    writable: true, configurable: true,
  },
});

// (node's signature: the times in ms, then in ns)
function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeMs, mtimeMs, ctimeMs, birthtimeMs, atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
defineLazyDates(BigIntStats.prototype);
Object.defineProperty(BigIntStats.prototype, '_checkModeProperty', {
  value: function _checkModeProperty(property) { return (this.mode & BigInt(S_IFMT)) === BigInt(property); },
  writable: true, configurable: true,
});

// host_fs's packed fields (18 float64, or int64 for bigint) -> Stats or BigIntStats.
function makeStats(packed, bigint) {
  if (bigint) {
    const n = new BigInt64Array(packed.buffer, packed.byteOffset, 18);
    const ns = (i) => n[i] * 1000000000n + n[i + 1];
    const times = [ns(10), ns(12), ns(14), ns(16)];
    return new BigIntStats(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9],
      ...times.map((time) => time / 1000000n), ...times);
  }
  const f = new Float64Array(packed.buffer, packed.byteOffset, 18);
  const ms = (i) => f[i] * 1e3 + f[i + 1] / 1e6;
  return new Stats(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9],
    ms(10), ms(12), ms(14), ms(16));
}

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;   // Dirent.path is gone since node 24
    this[kType] = type;
  }

  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

// A Dirent made from an lstat (fs.glob's withFileTypes results that it did not read from a directory)
const kStats = Symbol('stats');

class DirentFromStats extends Dirent {
  constructor(name, stats, path) {
    super(name, null, path);
    this[kStats] = stats;
  }
}

for (const name of Object.getOwnPropertyNames(Dirent.prototype)) {
  if (name === 'constructor') continue;
  Object.defineProperty(DirentFromStats.prototype, name, {
    value: { [name]() { return this[kStats][name](); } }[name], writable: true, configurable: true,
  });
}

// host_fs joins names and parent paths with NUL, which no file name holds.
function splitNames(joined) {
  return joined === '' ? [] : joined.split('\0');
}

function makeDirents([joinedNames, types, joinedParents]) {
  const names = splitNames(joinedNames);
  const parents = splitNames(joinedParents);
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) out[i] = new Dirent(names[i], types[i], parents[i]);
  return out;
}

module.exports = { Stats, BigIntStats, Dirent, DirentFromStats, makeStats, makeDirents, splitNames };
