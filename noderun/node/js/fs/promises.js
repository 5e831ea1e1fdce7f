'use strict';
// node:fs/promises (also fs.promises). Each function runs its fs operation's system calls on the
// host's thread pool and settles its promise when the pool answers, in the loop's poll phase, as
// node's do: an fs error rejects there, a validation error rejects at once (node's are async
// functions).

const { setImmediate } = require('internal/timers');
const { ops, runAsync } = require('internal/fs/sync');
const { constants, toBuffer } = require('internal/fs/utils');
const { isOperationalError, asAsyncError } = require('internal/fs/errors');

// Work done at once (fs.Dir lists its directory when opened), settled in the check phase.
function settleNow(work) {
  return new Promise((resolve, reject) => {
    let value;
    try {
      value = work();
    } catch (error) {
      if (!isOperationalError(error)) {
        reject(error);
        return;
      }
      const asyncError = asAsyncError(error);
      setImmediate(() => reject(asyncError));
      return;
    }
    setImmediate(() => resolve(value));
  });
}

// `steps()` is an fs operation (internal/fs/sync.js): it runs with its host calls on the thread
// pool and settles the promise on this thread's loop; a validation error rejects at once.
function settle(steps) {
  return new Promise((resolve, reject) => {
    runAsync(steps(), (error, value) => (error ? reject(asAsyncError(error)) : resolve(value)));
  });
}

function promiseForm(op, name) {
  const fn = (...args) => settle(() => Reflect.apply(op, undefined, args));
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

// node 24: mkdtemp whose result removes the directory again (remove(), or `await using`), by
// the full path it had when made.
async function mkdtempDisposable(prefix, options) {
  const cwd = process.cwd();
  const path = await module.exports.mkdtemp(prefix, options);
  const fullPath = require('path').resolve(cwd, path);
  const remove = async () => { await module.exports.rm(fullPath, { recursive: true, force: true }); };
  return { __proto__: null, path, remove, async [Symbol.asyncDispose]() { await remove(); } };
}

// node's FileHandle: the operations of fs on its fd, each returning a promise. After close() the
// fd is -1 and every operation rejects with node's `EBADF: file closed` error.
const kFd = Symbol('kFd');

function fileClosedError(syscall) {
  const error = new Error('file closed');
  error.code = 'EBADF';
  error.syscall = syscall;
  return error;
}

function result(countName, count, buffer) {
  return { __proto__: null, [countName]: count, buffer };
}

class FileHandle {
  constructor(fd) {
    this[kFd] = fd;
  }

  get fd() {
    return this[kFd];
  }

  #run(syscall, work) {
    const fd = this[kFd];
    if (fd === -1) return Promise.reject(fileClosedError(syscall));
    return settle(() => work(fd));
  }

  appendFile(data, options) {
    return this.#run('write', (fd) => ops.appendFileSync(fd, data, options));
  }

  chmod(mode) {
    return this.#run('fchmod', (fd) => ops.fchmodSync(fd, mode));
  }

  chown(uid, gid) {
    return this.#run('fchown', (fd) => ops.fchownSync(fd, uid, gid));
  }

  datasync() {
    return this.#run('fdatasync', (fd) => ops.fdatasyncSync(fd));
  }

  sync() {
    return this.#run('fsync', (fd) => ops.fsyncSync(fd));
  }

  // read(buffer, offset, length, position), read(buffer, options) or read(options)
  read(bufferOrOptions, offsetOrOptions, length, position) {
    let buffer = bufferOrOptions;
    let options = offsetOrOptions;
    if (!ArrayBuffer.isView(buffer)) {
      options = bufferOrOptions ?? {};
      buffer = options.buffer ?? toBuffer(new Uint8Array(16384));
    } else if (typeof offsetOrOptions !== 'object' || offsetOrOptions === null) {
      options = { offset: offsetOrOptions, length, position };
    }
    const { offset = 0, length: size = buffer.byteLength - offset, position: at = null } = options ?? {};
    return this.#run('read', function* (fd) {
      return result('bytesRead', yield* ops.readSync(fd, buffer, offset, size, at), buffer);
    });
  }

  readFile(options) {
    return this.#run('read', (fd) => ops.readFileSync(fd, options));
  }

  stat(options) {
    return this.#run('fstat', (fd) => ops.fstatSync(fd, options));
  }

  truncate(len = 0) {
    return this.#run('ftruncate', (fd) => ops.ftruncateSync(fd, len));
  }

  utimes(atime, mtime) {
    return this.#run('futime', (fd) => ops.futimesSync(fd, atime, mtime));
  }

  // write(buffer, offset, length, position), write(buffer, options) or write(string, position, encoding)
  write(buffer, offsetOrOptions, length, position) {
    return this.#run('write', function* (fd) {
      const written = ArrayBuffer.isView(buffer) && typeof offsetOrOptions === 'object' && offsetOrOptions !== null
        ? yield* ops.writeSync(fd, buffer, offsetOrOptions)
        : yield* ops.writeSync(fd, buffer, offsetOrOptions, length, position);
      return result('bytesWritten', written, buffer);
    });
  }

  writeFile(data, options) {
    return this.#run('write', (fd) => ops.writeFileSync(fd, data, options));
  }

  close() {
    const fd = this[kFd];
    if (fd === -1) return Promise.resolve();
    this[kFd] = -1;
    return settle(() => ops.closeSync(fd));
  }

  async [Symbol.asyncDispose]() {
    return this.close();
  }
}

function open(path, flags, mode) {
  return settle(function* () {
    return new FileHandle(yield* ops.openSync(path, flags, mode));
  });
}

// A FileHandle given as the file of readFile / writeFile / appendFile works on its fd.
function fileArgument(file) {
  return file instanceof FileHandle ? file.fd : file;
}

function readFile(path, options) {
  return settle(() => ops.readFileSync(fileArgument(path), options));
}

function writeFile(path, data, options) {
  return settle(() => ops.writeFileSync(fileArgument(path), data, options));
}

function opendir(...args) {
  return settleNow(() => Reflect.apply(require('internal/fs/dir').openDirectoryForPromise, undefined, args));
}

function appendFile(path, data, options) {
  return settle(() => ops.appendFileSync(fileArgument(path), data, options));
}

module.exports = {
  access: promiseForm(ops.accessSync, 'access'),
  copyFile: promiseForm(ops.copyFileSync, 'copyFile'),
  open,
  opendir,
  rename: promiseForm(ops.renameSync, 'rename'),
  truncate: promiseForm(ops.truncateSync, 'truncate'),
  rm: promiseForm(ops.rmPath, 'rm'),
  rmdir: promiseForm(ops.rmdirSync, 'rmdir'),
  mkdir: promiseForm(ops.mkdirSync, 'mkdir'),
  readdir: promiseForm(ops.readdirSync, 'readdir'),
  readlink: promiseForm(ops.readlinkSync, 'readlink'),
  symlink: promiseForm(ops.symlinkSync, 'symlink'),
  lstat: promiseForm(ops.lstatSync, 'lstat'),
  stat: promiseForm(ops.statSync, 'stat'),
  link: promiseForm(ops.linkSync, 'link'),
  unlink: promiseForm(ops.unlinkSync, 'unlink'),
  chmod: promiseForm(ops.chmodSync, 'chmod'),
  lchown: promiseForm(ops.lchownSync, 'lchown'),
  chown: promiseForm(ops.chownSync, 'chown'),
  utimes: promiseForm(ops.utimesSync, 'utimes'),
  lutimes: promiseForm(ops.lutimesSync, 'lutimes'),
  realpath: promiseForm(ops.realpathSync, 'realpath'),
  mkdtemp: promiseForm(ops.mkdtempSync, 'mkdtemp'),
  mkdtempDisposable,
  writeFile,
  appendFile,
  readFile,
  glob: async function* glob(pattern, options) {   // arguments checked at the first next(), as in node
    yield* require('internal/fs/glob').glob(pattern, options);
  },
  constants,
  watch: function watch(filename, options) {
    return require('internal/fs/watchers').watchPromise(filename, options);
  },
};
