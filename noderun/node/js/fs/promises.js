'use strict';
// node:fs/promises (also fs.promises). Each function does the synchronous work at once and settles
// its promise through the event loop's check phase, as node's do when the thread pool answers:
// an fs error rejects there, a validation error rejects at once (node's are async functions).

const { setImmediate } = require('internal/timers');
const sync = require('internal/fs/sync');
const { constants, toBuffer } = require('internal/fs/utils');
const { isOperationalError, asAsyncError } = require('internal/fs/errors');


function settle(work) {
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

function promiseForm(syncFn, name) {
  const fn = (...args) => settle(() => Reflect.apply(syncFn, undefined, args));
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
    return this.#run('write', (fd) => sync.appendFileSync(fd, data, options));
  }

  chmod(mode) {
    return this.#run('fchmod', (fd) => sync.fchmodSync(fd, mode));
  }

  chown(uid, gid) {
    return this.#run('fchown', (fd) => sync.fchownSync(fd, uid, gid));
  }

  datasync() {
    return this.#run('fdatasync', (fd) => sync.fdatasyncSync(fd));
  }

  sync() {
    return this.#run('fsync', (fd) => sync.fsyncSync(fd));
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
    return this.#run('read', (fd) => result('bytesRead', sync.readSync(fd, buffer, offset, size, at), buffer));
  }

  readFile(options) {
    return this.#run('read', (fd) => sync.readFileSync(fd, options));
  }

  stat(options) {
    return this.#run('fstat', (fd) => sync.fstatSync(fd, options));
  }

  truncate(len = 0) {
    return this.#run('ftruncate', (fd) => sync.ftruncateSync(fd, len));
  }

  utimes(atime, mtime) {
    return this.#run('futime', (fd) => sync.futimesSync(fd, atime, mtime));
  }

  // write(buffer, offset, length, position), write(buffer, options) or write(string, position, encoding)
  write(buffer, offsetOrOptions, length, position) {
    return this.#run('write', (fd) => {
      const written = ArrayBuffer.isView(buffer) && typeof offsetOrOptions === 'object' && offsetOrOptions !== null
        ? sync.writeSync(fd, buffer, offsetOrOptions)
        : sync.writeSync(fd, buffer, offsetOrOptions, length, position);
      return result('bytesWritten', written, buffer);
    });
  }

  writeFile(data, options) {
    return this.#run('write', (fd) => sync.writeFileSync(fd, data, options));
  }

  close() {
    const fd = this[kFd];
    if (fd === -1) return Promise.resolve();
    this[kFd] = -1;
    return settle(() => sync.closeSync(fd));
  }

  async [Symbol.asyncDispose]() {
    return this.close();
  }
}

function open(path, flags, mode) {
  return settle(() => new FileHandle(sync.openSync(path, flags, mode)));
}

// A FileHandle given as the file of readFile / writeFile / appendFile works on its fd.
function fileArgument(file) {
  return file instanceof FileHandle ? file.fd : file;
}

function readFile(path, options) {
  return settle(() => sync.readFileSync(fileArgument(path), options));
}

function writeFile(path, data, options) {
  return settle(() => sync.writeFileSync(fileArgument(path), data, options));
}

function appendFile(path, data, options) {
  return settle(() => sync.appendFileSync(fileArgument(path), data, options));
}

module.exports = {
  access: promiseForm(sync.accessSync, 'access'),
  copyFile: promiseForm(sync.copyFileSync, 'copyFile'),
  open,
  opendir: promiseForm(require('internal/fs/dir').openDirectoryForPromise, 'opendir'),
  rename: promiseForm(sync.renameSync, 'rename'),
  truncate: promiseForm(sync.truncateSync, 'truncate'),
  rm: promiseForm(sync.rmPath, 'rm'),
  rmdir: promiseForm(sync.rmdirSync, 'rmdir'),
  mkdir: promiseForm(sync.mkdirSync, 'mkdir'),
  readdir: promiseForm(sync.readdirSync, 'readdir'),
  readlink: promiseForm(sync.readlinkSync, 'readlink'),
  symlink: promiseForm(sync.symlinkSync, 'symlink'),
  lstat: promiseForm(sync.lstatSync, 'lstat'),
  stat: promiseForm(sync.statSync, 'stat'),
  link: promiseForm(sync.linkSync, 'link'),
  unlink: promiseForm(sync.unlinkSync, 'unlink'),
  chmod: promiseForm(sync.chmodSync, 'chmod'),
  lchown: promiseForm(sync.lchownSync, 'lchown'),
  chown: promiseForm(sync.chownSync, 'chown'),
  utimes: promiseForm(sync.utimesSync, 'utimes'),
  lutimes: promiseForm(sync.lutimesSync, 'lutimes'),
  realpath: promiseForm(sync.realpathSync, 'realpath'),
  mkdtemp: promiseForm(sync.mkdtempSync, 'mkdtemp'),
  mkdtempDisposable,
  writeFile,
  appendFile,
  readFile,
  glob: async function* glob(pattern, options) {   // arguments checked at the first next(), as in node
    yield* require('internal/fs/glob').glob(pattern, options);
  },
  constants,
};
