'use strict';
// fs.ReadStream and fs.WriteStream (fs.createReadStream / createWriteStream): a Readable and a
// Writable over a file descriptor, each read and write a callback-form fs call (so it runs on the
// thread pool). The descriptor comes from opening `path` in _construct ('open' then 'ready'), or
// from options.fd: a number, or a FileHandle whose promise methods then do the I/O. options.fs
// replaces the functions used (open, read, write, writev, close, fsync), as node allows.

const { Readable, Writable, finished } = require('stream');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_OUT_OF_RANGE, ERR_METHOD_NOT_IMPLEMENTED, ERR_STREAM_DESTROYED, ERR_SYSTEM_ERROR,
  },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateInteger } = require('internal/validators');
const { getOptions, getValidatedFd, getValidatedPath, isURL } = require('internal/fs/utils');
const { deprecate } = require('internal/util/deprecate');
const { errorOrDestroy } = require('internal/streams/destroy');
const { FileHandle, kRef, kUnref } = require('internal/fs/file_handle');

const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kIoDone = Symbol('kIoDone');

// The fs operations of a stream over a FileHandle: its promise methods, told back as callbacks.
function fileHandleOperations(handle) {
  const settle = (promise, ok, cb, fallback) => promise.then((result) => ok(cb, result), (error) => cb(error, 0, fallback));
  return {
    open() {
      throw new ERR_METHOD_NOT_IMPLEMENTED('open()');
    },
    close(fd, cb) {
      handle[kUnref]();
      handle.close().then(() => cb(), cb);
    },
    fsync(fd, cb) {
      handle.sync().then(() => cb(), cb);
    },
    read(fd, buffer, offset, length, position, cb) {
      settle(handle.read(buffer, offset, length, position), (done, r) => done(null, r.bytesRead, r.buffer), cb, buffer);
    },
    write(fd, buffer, offset, length, position, cb) {
      settle(handle.write(buffer, offset, length, position), (done, r) => done(null, r.bytesWritten, r.buffer), cb,
        buffer);
    },
    writev(fd, buffers, position, cb) {
      settle(handle.writev(buffers, position), (done, r) => done(null, r.bytesWritten, r.buffers), cb, buffers);
    },
  };
}

// options.fd as node takes it: a FileHandle (the stream then does its I/O through it, and closes
// when it closes) or a number, checked as a file descriptor.
function importFd(stream, options) {
  if (options.fd instanceof FileHandle) {
    if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    const handle = options.fd;
    stream[kHandle] = handle;
    stream[kFs] = fileHandleOperations(handle);
    handle[kRef]();
    handle.on('close', () => stream.close());
    return handle.fd;
  }
  if (typeof options.fd !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
  }
  stream[kFs] = options.fs || require('fs');
  return options.fd;
}

// What both streams take from their options before the stream itself is made.
function setUp(stream, path, options, defaultFlags) {
  if (options.fd == null) {
    stream.fd = null;
    stream[kFs] = options.fs || require('fs');
    validateFunction(stream[kFs].open, 'options.fs.open');
    stream.path = isURL(path) ? require('url').fileURLToPath(path) : path;
    stream.flags = options.flags === undefined ? defaultFlags : options.flags;
    stream.mode = options.mode === undefined ? 0o666 : options.mode;
    getValidatedPath(stream.path);
  } else {
    stream.fd = getValidatedFd(importFd(stream, options));
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
}

// start (and end) and the position they give, in node's order of properties
function validateStart(stream, start, end) {
  stream.start = start;
  if (end !== undefined) stream.end = end;
  stream.pos = undefined;
  if (start !== undefined) {
    validateInteger(start, 'start', 0);
    stream.pos = start;
  }
}

// _construct: open the file unless there is a descriptor already. A subclass or program that
// replaced open() (an old way to hook it) opens by itself and says so with 'open' or 'error'.
function construct(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  if (stream.open !== openReadFs && stream.open !== openWriteFs) {
    const emit = stream.emit;
    stream.emit = function (...args) {
      if (args[0] === 'open') {
        this.emit = emit;
        callback();
        Reflect.apply(emit, this, args);
      } else if (args[0] === 'error') {
        this.emit = emit;
        callback(args[1]);
      } else {
        Reflect.apply(emit, this, args);
      }
    };
    stream.open();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (error, fd) => {
    if (error) {
      callback(error);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

// _destroy: close the descriptor once no read or write is under way (flushing it first with `flush`).
function destroy(error, callback) {
  if (this[kIsPerformingIO]) this.once(kIoDone, (ioError) => closeStream(this, error || ioError, callback));
  else closeStream(this, error, callback);
}

function closeStream(stream, error, callback) {
  if (!stream.fd) {
    callback(error);
  } else if (stream.flush) {
    stream[kFs].fsync(stream.fd, (flushError) => closeDescriptor(stream, error || flushError, callback));
  } else {
    closeDescriptor(stream, error, callback);
  }
}

function closeDescriptor(stream, error, callback) {
  stream[kFs].close(stream.fd, (closeError) => callback(closeError || error));
  stream.fd = null;
}

function defineCommon(proto, stateName, className) {
  proto._construct = construct;
  Object.defineProperty(proto, 'pending', {
    get() { return this.fd === null; },
    configurable: true,
  });
  const state = (stream) => {
    if (stream[stateName] === undefined) throw new ERR_INVALID_THIS(className);
    return stream[stateName];
  };
  Object.defineProperty(proto, 'autoClose', {
    get() { return state(this).autoDestroy; },
    set(value) { state(this).autoDestroy = value; },
    configurable: true,
  });
}

// -- ReadStream ---------------------------------------------------------------------------------

// node's getOptions (which checks a signal) then copyObject: the options' enumerable properties,
// inherited ones too
function copyOptions(options) {
  options = getOptions(options, {});
  const copy = {};
  for (const key in options) copy[key] = options[key];
  return copy;
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyOptions(options);
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  setUp(this, path, options, 'r');
  validateFunction(this[kFs].read, 'options.fs.read');
  if (options.autoDestroy) validateFunction(this[kFs].close, 'options.fs.close');
  validateStart(this, options.start, options.end ?? Infinity);
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);
defineCommon(ReadStream.prototype, '_readableState', 'ReadStream');

const openReadFs = deprecate(function open() {}, 'ReadStream.prototype.open() is deprecated', 'DEP0135');
ReadStream.prototype.open = openReadFs;

ReadStream.prototype._read = function (n) {
  n = Math.min((this.pos !== undefined ? this.end - this.pos : this.end - this.bytesRead) + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buffer = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buffer, 0, n, this.pos, (error, bytesRead) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {   // _destroy waits for this read before it closes the descriptor
      this.emit(kIoDone, error);
      return;
    }
    if (error) {
      errorOrDestroy(this, error);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      this.push(bytesRead === buffer.length ? buffer : Buffer.from(buffer.subarray(0, bytesRead)));
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = destroy;

ReadStream.prototype.close = function close(callback) {
  if (typeof callback === 'function') finished(this, callback);
  this.destroy();
};

// -- WriteStream --------------------------------------------------------------------------------

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyOptions(options);
  options.decodeStrings = true;   // the descriptor only takes bytes
  setUp(this, path, options, 'w');
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  this.flush = flush;
  const ops = this[kFs];
  if (!ops.write && !ops.writev) throw new ERR_INVALID_ARG_TYPE('options.fs.write', 'function', ops.write);
  if (ops.write) validateFunction(ops.write, 'options.fs.write');
  if (ops.writev) validateFunction(ops.writev, 'options.fs.writev');
  if (options.autoDestroy) validateFunction(ops.close, 'options.fs.close');
  // either is enough: the stream then uses only that one
  if (!ops.write) this._write = null;
  if (!ops.writev) this._writev = null;
  validateStart(this, options.start);
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);
defineCommon(WriteStream.prototype, '_writableState', 'WriteStream');

const openWriteFs = deprecate(function open() {}, 'WriteStream.prototype.open() is deprecated', 'DEP0135');
WriteStream.prototype.open = openWriteFs;

// Write all `size` bytes of `data` (a buffer, or with `vector` a list of them for writev) at
// `position` (undefined: the file's own), as many calls as it takes: EAGAIN counts as nothing
// written, and six calls in a row that write nothing fail.
function writeAll(stream, vector, data, size, position, callback, retries = 0) {
  const syscall = vector ? 'writev' : 'write';
  const written = (error, bytesWritten, buffers) => {
    if (error?.code === 'EAGAIN') {
      error = null;
      bytesWritten = 0;
    }
    if (stream.destroyed || error) {
      callback(error || new ERR_STREAM_DESTROYED(syscall));
      return;
    }
    stream.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    if (position !== undefined) position += bytesWritten;
    if (retries > 5) {
      callback(new ERR_SYSTEM_ERROR(`${syscall} failed`));
    } else if (size) {
      const rest = (vector ? Buffer.concat(buffers) : buffers).subarray(bytesWritten);
      writeAll(stream, vector, vector ? [rest] : rest, size, position, callback, retries);
    } else {
      callback();
    }
  };
  if (vector) stream[kFs].writev(stream.fd, data, position, written);
  else stream[kFs].write(stream.fd, data, 0, size, position, written);
}

// the write or writev is done: _destroy may be waiting for it
function ioDone(stream, callback) {
  return (error) => {
    stream[kIsPerformingIO] = false;
    if (stream.destroyed) {
      callback(error);
      stream.emit(kIoDone, error);
      return;
    }
    callback(error);
  };
}

WriteStream.prototype._write = function (data, encoding, callback) {
  this[kIsPerformingIO] = true;
  writeAll(this, false, data, data.length, this.pos, ioDone(this, callback));
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function (data, callback) {
  const chunks = data.map(({ chunk }) => chunk);
  const size = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  this[kIsPerformingIO] = true;
  writeAll(this, true, chunks, size, this.pos, ioDone(this, callback));
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = destroy;

WriteStream.prototype.close = function close(callback) {
  if (callback) {
    if (this.closed) {
      process.nextTick(callback);
      return;
    }
    this.on('close', callback);
  }
  // without autoClose, 'finish' is where the stream is destroyed
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();   // end() rather than destroy(): what was written still reaches the file
};

// files have no shutdown
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

function createReadStream(path, options) {
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  return new WriteStream(path, options);
}

module.exports = { ReadStream, WriteStream, createReadStream, createWriteStream };
