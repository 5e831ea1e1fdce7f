'use strict';
// node's FileHandle (fs.promises.open): an EventEmitter over a file descriptor whose methods run
// fs operations on the thread pool and return promises. Operations under way hold the descriptor:
// close() says 'close' at once but closes the descriptor when the last of them is done. After
// close() the fd is -1 and every operation rejects with node's `EBADF: file closed` error.

const EventEmitter = require('events');
const {
  AbortError,
  codes: { ERR_INVALID_STATE },
} = require('internal/errors');
const { validateAbortSignal, validateBoolean, validateObject } = require('internal/validators');
const { runAsync, ops } = require('internal/fs/sync');
const { toBuffer } = require('internal/fs/utils');
const { asAsyncError } = require('internal/fs/errors');
const { Buffer } = require('buffer');

// `steps()` is an fs operation (internal/fs/sync.js): it runs with its host calls on the thread
// pool and settles the promise on this thread's loop; a validation error rejects at once.
function settle(steps) {
  return new Promise((resolve, reject) => {
    runAsync(steps(), (error, value) => (error ? reject(asAsyncError(error)) : resolve(value)));
  });
}

// readFile / writeFile / appendFile with options.signal: an AbortError (the signal's reason as its
// cause) when it is aborted before the work starts or by the time it is done
function abortable(options, start) {
  const signal = typeof options === 'object' && options !== null ? options.signal : undefined;
  if (signal === undefined) return start();
  const aborted = () => new AbortError(undefined, { cause: signal.reason });
  try {
    validateAbortSignal(signal, 'options.signal');
  } catch (error) {
    return Promise.reject(error);
  }
  if (signal.aborted) return Promise.reject(aborted());
  return start().then((value) => {
    if (signal.aborted) throw aborted();
    return value;
  });
}

// fs.promises.writeFile / appendFile (and a FileHandle's) also take an iterable or async iterable of
// chunks (a Readable, a generator): each written in turn, strings in the options' encoding
function isChunkIterable(data) {
  return data !== null && typeof data === 'object' && !ArrayBuffer.isView(data) &&
    (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function');
}

async function writeChunks(fd, chunks, options) {
  const encoding = (typeof options === 'string' ? options : options?.encoding) || 'utf8';
  const signal = typeof options === 'object' ? options?.signal : undefined;
  const checkAborted = () => {
    if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  };
  checkAborted();
  for await (const chunk of chunks) {
    checkAborted();
    const bytes = ArrayBuffer.isView(chunk) ? chunk : Buffer.from(chunk, encoding);
    let offset = 0;
    while (offset < bytes.byteLength) {
      offset += await settle(() => ops.writeSync(fd, bytes, offset, bytes.byteLength - offset, null));
      checkAborted();
    }
  }
}

// writeFile / appendFile of chunks to a path: opened with the options' flag and mode
async function writeChunksToPath(path, chunks, options, defaultFlag) {
  const { flag = defaultFlag, mode = 0o666 } = typeof options === 'object' && options !== null ? options : {};
  const fd = await settle(() => ops.openSync(path, flag, mode));
  try {
    await writeChunks(fd, chunks, options);
  } finally {
    await settle(() => ops.closeSync(fd));
  }
}

const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosing = Symbol('kClosing');   // { promise, resolve, reject } while close waits
const kLocked = Symbol('kLocked');     // a web stream reads it
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');

function fileClosedError(syscall) {
  const error = new Error('file closed');
  error.code = 'EBADF';
  error.syscall = syscall;
  return error;
}

function result(countName, count, buffer, buffersName = 'buffer') {
  return { __proto__: null, [countName]: count, [buffersName]: buffer };
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosing] = null;
    this[kLocked] = false;
  }

  get fd() {
    return this[kFd];
  }

  // `options`: those of readFile / writeFile / appendFile, whose signal may abort it
  #run(syscall, work, options = undefined) {
    const fd = this[kFd];
    if (fd === -1) return Promise.reject(fileClosedError(syscall));
    this[kRefs]++;
    const promise = abortable(options, () => settle(() => work(fd)));
    const release = () => this.#unref();
    promise.then(release, release);
    return promise;
  }

  #runChunks(chunks, options) {
    const fd = this[kFd];
    if (fd === -1) return Promise.reject(fileClosedError('writeFile'));
    this[kRefs]++;
    const promise = writeChunks(fd, chunks, options);
    const release = () => this.#unref();
    promise.then(release, release);
    return promise;
  }

  #unref() {
    if (--this[kRefs] === 0 && this[kClosing] !== null) this.#closeNow();
  }

  #closeNow() {
    const closing = this[kClosing];
    const fd = this[kFd];
    this[kFd] = -1;
    settle(() => ops.closeSync(fd)).then(() => {
      this[kClosing] = null;
      closing.resolve();
    }, (error) => {
      this[kClosing] = null;
      closing.reject(error);
    });
  }

  // (an own property, as node's)
  close = () => {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosing] !== null) return this[kClosing].promise;
    const closing = {};
    closing.promise = new Promise((resolve, reject) => {
      closing.resolve = resolve;
      closing.reject = reject;
    });
    this[kClosing] = closing;
    if (--this[kRefs] === 0) this.#closeNow();
    this.emit('close');
    return closing.promise;
  };

  appendFile(data, options) {
    if (isChunkIterable(data)) return this.#runChunks(data, options);
    return this.#run('writeFile', (fd) => ops.appendFileSync(fd, data, options), options);
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
    const offset = options?.offset ?? 0;
    const size = options?.length ?? buffer.byteLength - offset;
    const at = options?.position ?? null;
    return this.#run('read', function* (fd) {
      return result('bytesRead', yield* ops.readSync(fd, buffer, offset, size, at), buffer);
    });
  }

  readv(buffers, position) {
    return this.#run('readv', function* (fd) {
      return result('bytesRead', yield* ops.readvSync(fd, buffers, position), buffers, 'buffers');
    });
  }

  readFile(options) {
    return this.#run('readFile', (fd) => ops.readFileSync(fd, options), options);
  }

  stat(options) {
    return this.#run('fstat', (fd) => ops.fstatSync(fd, options));
  }

  truncate(len = 0) {
    return this.#run('ftruncate', (fd) => ops.ftruncateSync(fd, len));
  }

  utimes(atime, mtime) {
    return this.#run('futimes', (fd) => ops.futimesSync(fd, atime, mtime));
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

  writev(buffers, position) {
    return this.#run('writev', function* (fd) {
      return result('bytesWritten', yield* ops.writevSync(fd, buffers, position), buffers, 'buffers');
    });
  }

  writeFile(data, options) {
    if (isChunkIterable(data)) return this.#runChunks(data, options);
    return this.#run('writeFile', (fd) => ops.writeFileSync(fd, data, options), options);
  }

  async [Symbol.asyncDispose]() {
    await this.close();
  }

  // A byte ReadableStream of the file from its current position; it holds the handle until it
  // ends or is cancelled (and then closes it with `autoClose`).
  readableWebStream(options = {}) {
    if (this[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
    if (this[kClosing] !== null) throw new ERR_INVALID_STATE('The FileHandle is closing');
    if (this[kLocked]) throw new ERR_INVALID_STATE('The FileHandle is locked');
    this[kLocked] = true;
    validateObject(options, 'options');
    const { type = 'bytes', autoClose = false } = options;
    validateBoolean(autoClose, 'options.autoClose');
    if (type !== 'bytes') {
      process.emitWarning('A non-"bytes" options.type has no effect. A byte-oriented steam is always created.',
        'ExperimentalWarning');
    }
    this[kRefs]++;
    const done = async () => {
      this.#unref();
      if (autoClose) await this.close();
    };
    const { ReadableStream } = require('internal/webstreams/readablestream');
    return new ReadableStream({
      type: 'bytes',
      autoAllocateChunkSize: 16384,
      pull: async (controller) => {
        const view = controller.byobRequest.view;
        const { bytesRead } = await this.read(view, view.byteOffset, view.byteLength);
        if (bytesRead === 0) {
          controller.close();
          await done();
        }
        controller.byobRequest.respond(bytesRead);
      },
      cancel: done,
    });
  }

  readLines(options = undefined) {
    const { Interface } = require('readline');
    return new Interface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  // a stream over the handle holds it open, as an operation does
  [kRef]() {
    this[kRefs]++;
  }

  [kUnref]() {
    this.#unref();
  }
}

module.exports = { FileHandle, settle, abortable, isChunkIterable, writeChunksToPath, kRef, kUnref };
