'use strict';
// Readable: a buffer that _read() fills through push() and consumers drain through read(), 'data'
// (flowing mode) or 'readable' (paused mode). Every deferral is a process.nextTick at the same
// points as node's, so events interleave with user ticks, promises and immediates as they do there.

const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF, ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { Stream, isDuplexStream } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const {
  getHighWaterMark, getDefaultHighWaterMark, lazyBuffer, isBuffer, toBuffer, LazyDecoder, kReadableInternals,
} = require('internal/streams/utils');

const kPaused = Symbol('kPaused');
const kEndPending = Symbol('kEndPending');   // an endReadableNT is queued
const kMaxHighWaterMark = 0x40000000;

// A state starts with its own buffer, counts and limit; every flag and option at its default is
// read from the prototype (below) until it is first set. (In this engine each property a new
// object gets costs a shape step: a stream made per request, an http request's, paid ~30 of them;
// node keeps the flags as bits, and shows only these fields too.)
function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = isDuplexStream(stream);
  if (options?.objectMode || (isDuplex && options?.readableObjectMode)) this.objectMode = true;
  this.highWaterMark = options
    ? getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex)
    : getDefaultHighWaterMark(false);
  this.buffer = [];
  this.length = 0;
  this.pipes = [];
  this.awaitDrainWriters = null;
  if (options) {
    if (options.emitClose === false) this.emitClose = false;
    if (options.autoDestroy === false) this.autoDestroy = false;
    if (options.defaultEncoding) this.defaultEncoding = options.defaultEncoding;
    if (options.encoding) {
      this.decoder = new LazyDecoder(options.encoding);
      this.encoding = this.decoder.encoding;
    }
  }
}

Object.assign(ReadableState.prototype, {
  objectMode: false,
  flowing: null,
  ended: false,
  endEmitted: false,
  reading: false,
  constructed: true,
  // True while _read runs synchronously inside read(): 'readable' must then wait a tick.
  sync: true,
  needReadable: false,
  emittedReadable: false,
  readableListening: false,
  resumeScheduled: false,
  errorEmitted: false,
  emitClose: true,
  autoDestroy: true,
  destroyed: false,
  errored: null,
  closed: false,
  closeEmitted: false,
  defaultEncoding: 'utf8',
  // The pipe destinations that asked for 'drain' (one stream, or a Set with several pipes).
  multiAwaitDrain: false,
  readingMore: false,
  dataEmitted: false,
  decoder: null,
  encoding: null,
});
ReadableState.prototype[kPaused] = null;
ReadableState.prototype[kEndPending] = false;

Object.defineProperty(ReadableState.prototype, 'paused', {
  get() { return this[kPaused] !== false; },
  set(value) { this[kPaused] = !!value; },
});

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  const isDuplex = isDuplexStream(this);
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) require('internal/streams/add-abort-signal').addAbortSignalNoValidate(options.signal, this);
  }
  Stream.call(this, options);
  if (typeof this._construct === 'function') {   // (no closure made for the many streams without)
    destroyImpl.construct(this, () => {
      if (this._readableState.needReadable) maybeReadMore(this, this._readableState);
    });
  }
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);
Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};
Readable.prototype[require('events').captureRejectionSymbol] = function onRejection(err) {
  this.destroy(err);
};

Readable.prototype.push = function push(chunk, encoding) {
  return addChunk(this, chunk, encoding, false);
};

Readable.prototype.unshift = function unshift(chunk, encoding) {
  return addChunk(this, chunk, encoding, true);
};

// Byte mode takes strings (converted to Buffers unless they already match setEncoding) and any
// ArrayBufferView (viewed as a Buffer over the same memory). Returns the chunk to store, or an
// Error to report.
function normalizeChunk(state, chunk, encoding, addToFront) {
  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding === encoding) return chunk;
    const Buffer = lazyBuffer();
    if (addToFront && state.encoding) return Buffer.from(chunk, encoding).toString(state.encoding);
    return Buffer.from(chunk, encoding);
  }
  if (ArrayBuffer.isView(chunk)) return isBuffer(chunk) ? chunk : toBuffer(chunk);
  if (chunk == null) return chunk;
  return new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
}

function addChunk(stream, chunk, encoding, addToFront) {
  const state = stream._readableState;
  if (!state.objectMode) {
    chunk = normalizeChunk(state, chunk, encoding, addToFront);
    if (chunk instanceof Error) {
      destroyImpl.errorOrDestroy(stream, chunk);
      return false;
    }
  }
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
  } else if (state.objectMode || chunk.length > 0) {
    if (addToFront) {
      if (state.endEmitted) {
        destroyImpl.errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
      } else if (state.destroyed || state.errored) {
        return false;
      } else {
        storeChunk(stream, state, chunk, true);
      }
    } else if (state.ended) {
      destroyImpl.errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder && typeof chunk !== 'string') {
        chunk = state.decoder.write(chunk);
        if (state.objectMode || chunk.length !== 0) storeChunk(stream, state, chunk, false);
        else maybeReadMore(stream, state);
      } else {
        storeChunk(stream, state, chunk, false);
      }
    }
  } else if (!addToFront) {
    state.reading = false;
    maybeReadMore(stream, state);
  }
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function storeChunk(stream, state, chunk, addToFront) {
  if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount('data') > 0) {
    // Flowing with nothing buffered: hand the chunk straight to the consumer.
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (addToFront) state.buffer.unshift(chunk);
    else state.buffer.push(chunk);
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function isPaused() {
  const state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

Readable.prototype.setEncoding = function setEncoding(enc) {
  const decoder = new LazyDecoder(enc);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  // Whatever is buffered is re-read as text.
  let content = '';
  for (const data of state.buffer) content += typeof data === 'string' ? data : decoder.write(data);
  state.buffer = content !== '' ? [content] : [];
  state.length = content.length;
  return this;
};

function computeNewHighWaterMark(n) {
  if (n > kMaxHighWaterMark) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  // The next power of two, so that repeated larger reads do not grow it one step at a time.
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  return n + 1;
}

function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (n !== n) {   // NaN
    // Flowing reads take one chunk at a time; read() takes everything.
    if (state.flowing && state.length) return state.buffer[0].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function read(n) {
  const state = this._readableState;
  if (state.ended && state.length === 0 && (n === undefined || n === 0)) {
    // (what the general path below comes to for an ended, empty stream, read three times as a
    // flowing request body that was never read ends)
    if (n === undefined) state.emittedReadable = false;
    endReadable(this);
    return null;
  }
  if (n === undefined) n = NaN;
  else if (n !== 0 && !Number.isInteger(n)) n = Number.parseInt(n, 10);
  const nOrig = n;
  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;

  // read(0) with enough buffered only triggers 'readable' (or 'end').
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);
  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Ask _read for more when the buffer would drop below highWaterMark.
  let doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      destroyImpl.errorOrDestroy(this, err);
    }
    state.sync = false;
    // A synchronous push() may have filled the buffer: recompute.
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }

  let ret = n > 0 ? takeFromBuffer(n, state) : null;
  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }

  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (nOrig !== n && state.ended) endReadable(this);
  }

  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }
  return ret;
};

// Remove n units (objects, characters or bytes) from the front of the buffer.
function takeFromBuffer(n, state) {
  if (state.length === 0) return null;
  const buffer = state.buffer;
  if (state.objectMode) return buffer.shift();
  if (!n || n >= state.length) {
    let ret;
    if (state.decoder) ret = buffer.join('');
    else if (buffer.length === 1) ret = buffer[0];
    else ret = lazyBuffer().concat(buffer, state.length);
    state.buffer = [];
    return ret;
  }
  const first = buffer[0];
  if (n < first.length) {
    buffer[0] = first.slice(n);
    return first.slice(0, n);
  }
  if (n === first.length) return buffer.shift();
  const isText = typeof first === 'string';
  const parts = [];
  let remaining = n;
  while (remaining > 0) {
    const chunk = buffer[0];
    if (chunk.length <= remaining) {
      parts.push(buffer.shift());
      remaining -= chunk.length;
    } else {
      parts.push(chunk.slice(0, remaining));
      buffer[0] = chunk.slice(remaining);
      remaining = 0;
    }
  }
  return isText ? parts.join('') : lazyBuffer().concat(parts, n);
}

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const chunk = state.decoder.end();
    if (chunk?.length) {
      state.buffer.push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadableNT(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadableNT, stream);
  }
}

function emitReadableNT(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
  flow(stream);
}

// Pre-fill the buffer up to highWaterMark on a later tick.
function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    process.nextTick(maybeReadMoreNT, stream, state);
  }
}

function maybeReadMoreNT(stream, state) {
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break;
  }
  state.readingMore = false;
}

Readable.prototype._read = function _read(n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

const { pipe, unpipe } = require('internal/streams/pipe');
Readable.prototype.pipe = pipe;
Readable.prototype.unpipe = unpipe;

// 'data' listeners switch to flowing mode; 'readable' listeners to paused mode.
Readable.prototype.on = function on(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;
  if (ev === 'data') {
    state.readableListening = this.listenerCount('readable') > 0;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) process.nextTick(readZeroNT, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function removeListener(ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(ev) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state[kPaused] === false) state.flowing = true;
  else if (self.listenerCount('data') > 0) self.resume();
  else if (!state.readableListening) state.flowing = null;
}

function readZeroNT(self) {
  self.read(0);
}

Readable.prototype.resume = function resume() {
  const state = this._readableState;
  if (!state.flowing) {
    // With 'readable' listeners the stream only resumes flowing once they are gone.
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      process.nextTick(resumeNT, this, state);
    }
  }
  state[kPaused] = false;
  return this;
};

function resumeNT(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function pause() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state[kPaused] = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// Adopt an old-style (streams1) stream: its 'data' becomes push(), backpressure pauses it.
Readable.prototype.wrap = function wrap(stream) {
  let paused = false;
  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => { this.push(null); });
  stream.on('error', (err) => { destroyImpl.errorOrDestroy(this, err); });
  stream.on('close', () => { this.destroy(); });
  stream.on('destroy', () => { this.destroy(); });
  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  for (const key of Object.keys(stream)) {
    if (this[key] === undefined && typeof stream[key] === 'function') this[key] = stream[key].bind(stream);
  }
  return this;
};

Readable.prototype[Symbol.asyncIterator] = function asyncIterator() {
  return require('internal/streams/async-iterator').streamToAsyncIterator(this);
};

Readable.prototype.iterator = function iterator(options) {
  if (options !== undefined) validateObject(options, 'options');
  return require('internal/streams/async-iterator').streamToAsyncIterator(this, options);
};

function stateGetter(name) {
  return { enumerable: false, get() { return this._readableState ? this._readableState[name] : undefined; } };
}

Object.defineProperties(Readable.prototype, {
  readable: {
    enumerable: false,
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: stateGetter('dataEmitted'),
  readableAborted: {
    enumerable: false,
    get() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
  },
  readableHighWaterMark: stateGetter('highWaterMark'),
  readableBuffer: stateGetter('buffer'),
  readableFlowing: {
    enumerable: false,
    get() { return this._readableState.flowing; },
    set(state) {
      if (this._readableState) this._readableState.flowing = state;
    },
  },
  readableLength: stateGetter('length'),
  readableObjectMode: stateGetter('objectMode'),
  readableEncoding: stateGetter('encoding'),
  errored: stateGetter('errored'),
  closed: stateGetter('closed'),
  destroyed: {
    enumerable: false,
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(value) {
      if (this._readableState) this._readableState.destroyed = value;
    },
  },
  readableEnded: stateGetter('endEmitted'),
});

// (One endReadableNT waits at a time: a flowing read of an ended stream asks three times in a
// row, and the later asks could only find what the first finds, since what stops it, an error,
// a close or data, stays until a read takes the data, which asks again.)
function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    if (state[kEndPending]) return;
    state[kEndPending] = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  state[kEndPending] = false;
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      // A Duplex is destroyed only once its writable side is done too.
      const wState = stream._writableState;
      if (!wState || (wState.autoDestroy && (wState.finished || wState.writable === false))) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

Readable.from = function from(iterable, opts) {
  return require('internal/streams/from')(Readable, iterable, opts);
};

Readable.wrap = function wrap(src, options) {
  return new Readable({ objectMode: src.readableObjectMode ?? src.objectMode ?? true, ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

// the web stream adapters, loaded on first use
Readable.fromWeb = function fromWeb(readableStream, options) {
  return require('internal/webstreams/adapters').newStreamReadableFromReadableStream(readableStream, options);
};

Readable.toWeb = function toWeb(streamReadable, options) {
  return require('internal/webstreams/adapters').newReadableStreamFromStreamReadable(streamReadable, options);
};

Object.defineProperty(Readable, kReadableInternals, {
  value: { ReadableState, kPaused, kEndPending, emitReadableNT, resumeNT, endReadableNT, flow },
});

require('internal/streams/operators').install(Readable);
require('internal/streams/operators').installCompose(Readable);

module.exports = Readable;
