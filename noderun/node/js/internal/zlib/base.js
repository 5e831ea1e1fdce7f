'use strict';
// The engine under every node:zlib class: ZlibBase, a Transform over a host compression handle
// (node/host_zlib.py), and the loop that feeds it. The loop is node's: a write hands the handle
// some input and room for at most `chunkSize - _outOffset` bytes of output; the handle answers
// with the output, the input it could not take yet and the room left. No room left: call again
// (after the reader has room, when push() said the buffer is full). Input left with room to
// spare: the compressed stream has ended, and so does the readable side. Stream writes and the
// callback functions run the handle on the thread pool, the *Sync functions at the call.

const { Buffer, kMaxLength } = require('buffer');
const { isAnyArrayBuffer } = require('internal/buffer/checks');
const {
  codes: {
    ERR_BUFFER_TOO_LARGE, ERR_INTERNAL_ASSERTION, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_TRAILING_JUNK_AFTER_STREAM_END,
    ERR_ZLIB_INITIALIZATION_FAILED,
  },
} = require('internal/errors');
const { validateFunction, validateNumber } = require('internal/validators');
const Transform = require('internal/streams/transform');
const finished = require('internal/streams/end-of-stream');
const threadpool = require('internal/threadpool');
const { deprecate } = require('internal/util/deprecate');
const { constants } = require('internal/zlib_constants');

const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_MIN_CHUNK, Z_DEFAULT_CHUNK,
} = constants;

const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');
const kOwner = Symbol('owner_symbol');
const kErrorWrapper = Symbol('kErrorWrapper');   // how a DecompressionStream shows the engine's errors

// How much each flush kind flushes, to pick the stronger of two (node's maxFlush).
const flushiness = [];
[Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH].forEach((flag, i) => { flushiness[flag] = i; });
const maxFlush = (a, b) => (flushiness[a] > flushiness[b] ? a : b);

// Empty chunks that carry a flush kind through the Writable to _transform (flush()).
const kFlushBuffers = [];
for (const flag of [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH]) {
  kFlushBuffers[flag] = Buffer.alloc(0);
  kFlushBuffers[flag][kFlushFlag] = flag;
}

// false for undefined and NaN (take the default), true for a finite number, else node's errors
function isFiniteOption(number, name) {
  if (number === undefined || Number.isNaN(number)) return false;
  if (Number.isFinite(number)) return true;
  validateNumber(number, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!isFiniteOption(number, name)) return def;
  if (number < lower || number > upper) throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  return number;
}

function compressionError([, message, errno, code]) {
  const error = new Error(message);
  error.errno = errno;
  error.code = code;
  return error;
}

// node's native handle: one compression state on the host, written by one job at a time.
class ZlibHandle {
  constructor(mode, options, dictionary) {
    const id = host.zlibOpen(mode, JSON.stringify(options), dictionary);
    if (typeof id !== 'number') {
      const error = new ERR_ZLIB_INITIALIZATION_FAILED();
      if (id[1] !== 'Initialization failed') error.message = id[1];
      throw error;
    }
    this.id = id;
    this.writeInProgress = false;
    this.pendingClose = false;
    this.closed = false;
    this.answers = [];
  }

  // -> [output, availInAfter, availOutAfter], or a failure [undefined, message, errno, code]
  writeSync(flushFlag, input, availOut) {
    return host.zlibWriteSync(this.id, flushFlag, input, availOut);
  }

  // On the pool: the answer to this call, then those to the calls again that would follow while
  // the output room runs out (`answers`, taken by continueWrite), made in the same job.
  write(flushFlag, input, availOut) {
    this.writeInProgress = true;
    const chunkSize = this[kOwner]._chunkSize;
    threadpool.queueCall(host.zlibWrite, [this.id, flushFlag, input, availOut, chunkSize], (error, answers) => {
      this.writeInProgress = false;
      if (error) throw error;
      this.answers = answers;
      deliver(this, answers.shift());
      if (this.pendingClose) this.close();
    });
  }

  params(level, strategy) {
    const failure = host.zlibParams(this.id, level, strategy);
    if (failure) this.onerror(failure);
  }

  reset() {
    const failure = host.zlibReset(this.id);
    if (failure) this.onerror(failure);
  }

  close() {
    if (this.writeInProgress) {
      this.pendingClose = true;
      return;
    }
    if (this.closed) return;
    this.closed = true;
    this.pendingClose = false;
    host.zlibClose(this.id);
  }

  onerror(failure) {
    // There is no way to recover a compression state after an error.
    const self = this[kOwner];
    const error = failWith(self, compressionError(failure));
    self.destroy(error);
    self[kError] = error;
  }
}

function failWith(self, error) {
  return self[kErrorWrapper] ? self[kErrorWrapper](error) : error;
}

function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }, flushBounds) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!isFiniteOption(chunkSize, 'options.chunkSize')) chunkSize = Z_DEFAULT_CHUNK;
    else if (chunkSize < Z_MIN_CHUNK) throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', flushBounds[0], flushBounds[1], flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', flushBounds[0], flushBounds[1],
      finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength,
      kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
    }
  }
  Reflect.apply(Transform, this, [{ autoDestroy: true, ...opts }]);
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  handle[kOwner] = this;
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts?.info;
  this._maxOutputLength = maxOutputLength;
  this._rejectGarbageAfterEnd = opts?.rejectGarbageAfterEnd === true;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return !this._handle; },
});

// `bytesRead` was the old name of `bytesWritten` (DEP0108).
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get: deprecate(function() { return this.bytesWritten; },
    'zlib.bytesRead is deprecated and will change its meaning in the future. Use zlib.bytesWritten instead.',
    'DEP0108'),
  set: deprecate(function(value) { this.bytesWritten = value; },
    'Setting zlib.bytesRead is deprecated. This feature will be removed in the future.', 'DEP0108'),
});

ZlibBase.prototype.reset = function reset() {
  if (!this._handle) throw new ERR_INTERNAL_ASSERTION('zlib binding closed');
  return this._handle.reset();
};

// The Transform's last call, after the last chunk: an empty write with the finish flush.
ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function _final(callback) {
  callback();
};

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(kFlushBuffers[kind], '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(error, callback) {
  closeHandle(this);
  callback(error);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, callback) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // the last chunk also carries the finish flush
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, callback);
};

// Kept for old callers: with a callback as a stream write, without one at the call.
ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, callback) {
  if (typeof callback === 'function') processChunk(this, chunk, flushFlag, callback);
  else return processChunkSync(this, chunk, flushFlag);
};

function closeHandle(engine) {
  engine._handle?.close();
  engine._handle = null;
}

function asBuffer(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function processChunkSync(self, chunk, flushFlag) {
  const handle = self._handle;
  const chunkSize = self._chunkSize;
  let availInBefore = chunk.byteLength;
  let availOutBefore = chunkSize - self._outOffset;
  let offset = self._outOffset;
  let input = chunk;
  const buffers = [];
  let nread = 0;
  let inputRead = 0;
  self.on('error', () => {});   // the error is thrown at the call; destroy() emits it too
  for (;;) {
    const answer = handle.writeSync(flushFlag, input, availOutBefore);
    if (answer.length === 4) {
      handle.onerror(answer);
      throw self[kError];
    }
    const [out, availInAfter, availOutAfter] = answer;
    inputRead += availInBefore - availInAfter;
    if (out.byteLength > 0) {
      buffers.push(asBuffer(out));
      offset += out.byteLength;
      nread += out.byteLength;
      if (nread > self._maxOutputLength) {
        closeHandle(self);
        throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
      }
    }
    if (availOutAfter === 0 || offset >= chunkSize) {
      availOutBefore = chunkSize;
      offset = 0;
    }
    if (availOutAfter !== 0) break;
    // the output room ran out: go on with what the handle still holds
    availInBefore = availInAfter;
    input = null;
  }
  self.bytesWritten = inputRead;
  closeHandle(self);
  if (nread === 0) return Buffer.alloc(0);
  return buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread);
}

function processChunk(self, chunk, flushFlag, callback) {
  const handle = self._handle;
  if (!handle) {
    process.nextTick(callback);
    return;
  }
  handle.buffer = chunk;
  handle.cb = callback;
  handle.flushFlag = flushFlag;
  handle.availInBefore = chunk.byteLength;
  handle.availOutBefore = self._chunkSize - self._outOffset;
  handle.write(flushFlag, chunk, handle.availOutBefore);
}

function deliver(handle, answer) {
  if (answer.length === 4) handle.onerror(answer);
  else processCallback(handle, answer);
}

// The next call of a write: answered already by the last pool job, or a new job. An answer made
// ahead still arrives in a turn of the loop of its own, as each pool answer does in node, so that
// what runs between two chunks (a reader's next read) runs between them here too.
function continueWrite(handle) {
  if (handle.answers.length > 0) setImmediate(deliverNext, handle);
  else handle.write(handle.flushFlag, null, handle.availOutBefore);
}

function deliverNext(handle) {
  deliver(handle, handle.answers.shift());
}

function processCallback(handle, [out, availInAfter, availOutAfter]) {
  const self = handle[kOwner];
  if (self.destroyed) {
    handle.buffer = null;
    handle.cb();
    return;
  }
  self.bytesWritten += handle.availInBefore - availInAfter;
  let readerIsFull = false;
  if (out.byteLength > 0) {
    self._outOffset += out.byteLength;
    readerIsFull = !self.push(asBuffer(out));
  }
  if (self.destroyed) {
    handle.cb();
    return;
  }
  if (availOutAfter === 0 || self._outOffset >= self._chunkSize) {
    handle.availOutBefore = self._chunkSize;
    self._outOffset = 0;
  }
  if (availOutAfter === 0) {
    // not done: more output is waiting; go on now, or once the reader wants more
    handle.availInBefore = availInAfter;
    if (!readerIsFull) {
      continueWrite(handle);
    } else {
      const read = self._read;
      self._read = (n) => {
        self._read = read;
        continueWrite(handle);
        self._read(n);
      };
    }
    return;
  }
  // input left over with room to spare: the compressed stream ended before it
  if (availInAfter > 0) {
    if (self._rejectGarbageAfterEnd) {
      self.destroy(failWith(self, new ERR_TRAILING_JUNK_AFTER_STREAM_END()));
      handle.cb();
      return;
    }
    self.push(null);
  }
  handle.buffer = null;
  handle.cb();
}

// The bytes a convenience function compresses: a string, a view or an ArrayBuffer.
function inputBuffer(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (ArrayBuffer.isView(buffer)) return buffer;
  if (isAnyArrayBuffer(buffer)) return Buffer.from(buffer);
  throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
}

function zlibBufferSync(engine, buffer) {
  buffer = inputBuffer(buffer);
  if (!(buffer instanceof Uint8Array)) buffer = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  buffer = processChunkSync(engine, buffer, engine._finishFlushFlag);
  if (engine._info) return { buffer, engine };
  return buffer;
}

function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  // streams take Uint8Arrays only: view other views and ArrayBuffers as Buffers, without copying
  if (ArrayBuffer.isView(buffer) && !(buffer instanceof Uint8Array)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (isAnyArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  }
  engine.buffers = null;
  engine.nread = 0;
  engine.cb = callback;
  engine.on('data', zlibBufferOnData);
  engine.on('error', zlibBufferOnError);
  engine.on('end', zlibBufferOnEnd);
  engine.end(buffer);
}

function zlibBufferOnData(chunk) {
  if (!this.buffers) this.buffers = [chunk];
  else this.buffers.push(chunk);
  this.nread += chunk.length;
  if (this.nread > this._maxOutputLength) {
    this.close();
    this.removeAllListeners('end');
    this.cb(new ERR_BUFFER_TOO_LARGE(this._maxOutputLength));
  }
}

function zlibBufferOnError(error) {
  this.removeAllListeners('end');
  this.cb(error);
}

function zlibBufferOnEnd() {
  let buffer;
  if (this.nread === 0) buffer = Buffer.alloc(0);
  else buffer = this.buffers.length === 1 ? this.buffers[0] : Buffer.concat(this.buffers, this.nread);
  this.close();
  if (this._info) this.cb(null, { buffer, engine: this });
  else this.cb(null, buffer);
}

module.exports = {
  ZlibBase, ZlibHandle, checkRangesOrGetDefault, zlibBuffer, zlibBufferSync, kOwner, kErrorWrapper,
};
