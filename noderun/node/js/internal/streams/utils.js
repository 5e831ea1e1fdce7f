'use strict';
// Shared helpers of node:stream: the state questions every part asks of a stream (is it readable,
// finished, errored, destroyed?), answered the way node answers them for any stream-like object,
// plus the default highWaterMarks, buffer conversion of chunks, and a lazily created string decoder.

const { codes: { ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_ENCODING } } = require('internal/errors');
const { validateInteger } = require('internal/validators');

const kIsDestroyed = Symbol.for('nodejs.stream.destroyed');
const kIsErrored = Symbol('kIsErrored');
const kIsReadable = Symbol('kIsReadable');
const kIsWritable = Symbol('kIsWritable');
const kIsDisturbed = Symbol('kIsDisturbed');
const kConstruct = Symbol('kConstruct');
const kDestroy = Symbol('kDestroy');
const kOnFinished = Symbol('kOnFinished');
// Readable's own machinery, for a stream that makes its state on first use (internal/http/incoming_state.js)
const kReadableInternals = Symbol('kReadableInternals');

// 64 KiB since node 22
let defaultHighWaterMarkBytes = 64 * 1024;
let defaultHighWaterMarkObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultHighWaterMarkObjects : defaultHighWaterMarkBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) defaultHighWaterMarkObjects = value;
  else defaultHighWaterMarkBytes = value;
}

// options.highWaterMark, or for a Duplex its side's own option (readableHighWaterMark, ...).
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  const hwm = options.highWaterMark ?? (isDuplex ? options[duplexKey] : null);
  if (hwm != null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      throw new ERR_INVALID_ARG_VALUE(isDuplex ? `options.${duplexKey}` : 'options.highWaterMark', hwm);
    }
    return Math.floor(hwm);
  }
  return getDefaultHighWaterMark(state.objectMode);
}

// node:buffer is loaded on the first byte-mode chunk only: object-mode and string streams never need it.
let BufferClass;
function lazyBuffer() {
  BufferClass ??= require('buffer').Buffer;
  return BufferClass;
}

function isBuffer(value) {
  return value instanceof Uint8Array && value instanceof lazyBuffer();
}

function toBuffer(value) {
  const Buffer = lazyBuffer();
  return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}

const encodingNames = {
  __proto__: null,
  'utf8': 'utf8', 'utf-8': 'utf8',
  'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le', 'utf-16le': 'utf16le',
  'latin1': 'latin1', 'binary': 'latin1',
  'base64': 'base64', 'base64url': 'base64url', 'hex': 'hex', 'ascii': 'ascii',
};

function normalizeEncoding(encoding) {
  if (encoding == null || encoding === '') return 'utf8';
  return encodingNames[`${encoding}`.toLowerCase()];
}

function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding !== '' && normalizeEncoding(encoding) !== undefined;
}

// A StringDecoder made on the first Buffer it decodes: a stream whose chunks are already strings
// (setEncoding('utf8') + push('text')) never loads node:string_decoder.
class LazyDecoder {
  constructor(encoding) {
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    this.encoding = normalized;
    this.decoder = null;
  }

  write(buffer) {
    this.decoder ??= new (require('string_decoder').StringDecoder)(this.encoding);
    return this.decoder.write(buffer);
  }

  end() {
    return this.decoder === null ? '' : this.decoder.end();
  }
}

// The first error wins; a second one joins it in an AggregateError (node's aggregateTwoErrors).
function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) {
      outer.errors.push(inner);
      return outer;
    }
    const err = new AggregateError([outer, inner], outer.message);
    err.code = outer.code;
    return err;
  }
  return inner || outer;
}

function isReadableNodeStream(obj, strict = false) {
  return !!(obj && typeof obj.pipe === 'function' && typeof obj.on === 'function' &&
    (!strict || (typeof obj.pause === 'function' && typeof obj.resume === 'function')) &&
    (!obj._writableState || obj._readableState?.readable !== false) &&
    (!obj._writableState || obj._readableState));
}

function isWritableNodeStream(obj) {
  return !!(obj && typeof obj.write === 'function' && typeof obj.on === 'function' &&
    (!obj._readableState || obj._writableState?.writable !== false));
}

function isDuplexNodeStream(obj) {
  return !!(obj && typeof obj.pipe === 'function' && obj._readableState &&
    typeof obj.on === 'function' && typeof obj.write === 'function');
}

function isNodeStream(obj) {
  return !!obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function'));
}

function isWebStream(obj) {
  return !!obj && !isNodeStream(obj) && (typeof obj.pipeThrough === 'function' ||
    typeof obj.getReader === 'function' || typeof obj.getWriter === 'function' ||
    (typeof obj.readable === 'object' && typeof obj.writable === 'object' && obj.readable && obj.writable &&
     typeof obj.readable.getReader === 'function'));
}

function isIterable(obj, isAsync) {
  if (obj == null) return false;
  if (isAsync === true) return typeof obj[Symbol.asyncIterator] === 'function';
  if (isAsync === false) return typeof obj[Symbol.iterator] === 'function';
  return typeof obj[Symbol.asyncIterator] === 'function' || typeof obj[Symbol.iterator] === 'function';
}

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return !!(stream.destroyed || stream[kIsDestroyed] || state?.destroyed);
}

function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  const wState = stream._writableState;
  if (wState?.errored) return false;
  if (typeof wState?.ended !== 'boolean') return null;
  return wState.ended;
}

function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  const wState = stream._writableState;
  if (wState?.errored) return false;
  if (typeof wState?.finished !== 'boolean') return null;
  return !!(wState.finished || (strict === false && wState.ended === true && wState.length === 0));
}

function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  const rState = stream._readableState;
  if (rState?.errored) return false;
  if (typeof rState?.endEmitted !== 'boolean') return null;
  return !!(rState.endEmitted || (strict === false && rState.ended === true && rState.length === 0));
}

function isReadable(stream) {
  if (stream && stream[kIsReadable] != null) return stream[kIsReadable];
  if (typeof stream?.readable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}

function isWritable(stream) {
  if (stream && stream[kIsWritable] != null) return stream[kIsWritable];
  if (typeof stream?.writable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}

function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  if (opts?.readable !== false && isReadable(stream)) return false;
  if (opts?.writable !== false && isWritable(stream)) return false;
  return true;
}

function isWritableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.writableErrored) return stream.writableErrored;
  return stream._writableState?.errored ?? null;
}

function isReadableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.readableErrored) return stream.readableErrored;
  return stream._readableState?.errored ?? null;
}

function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  if (typeof stream.closed === 'boolean') return stream.closed;
  const wState = stream._writableState;
  const rState = stream._readableState;
  if (typeof wState?.closed === 'boolean' || typeof rState?.closed === 'boolean') {
    return wState?.closed || rState?.closed;
  }
  return null;
}

// Whether 'close' is still to come, so that finished() should wait for it.
function willEmitClose(stream) {
  if (!isNodeStream(stream)) return false;
  const state = stream._writableState || stream._readableState;
  return !!(state && state.autoDestroy && state.emitClose && state.closed === false);
}

function isDisturbed(stream) {
  return !!(stream && (stream[kIsDisturbed] ?? (stream.readableDidRead || stream.readableAborted)));
}

function isErrored(stream) {
  return !!(stream && (stream[kIsErrored] ?? stream.readableErrored ?? stream.writableErrored ??
    stream._readableState?.errorEmitted ?? stream._writableState?.errorEmitted ??
    stream._readableState?.errored ?? stream._writableState?.errored));
}

function nop() {}

module.exports = {
  kIsDestroyed, kIsErrored, kIsReadable, kIsWritable, kIsDisturbed, kConstruct, kDestroy, kOnFinished,
  kReadableInternals,
  getDefaultHighWaterMark, setDefaultHighWaterMark, getHighWaterMark,
  lazyBuffer, isBuffer, toBuffer, isEncoding, normalizeEncoding, LazyDecoder,
  aggregateTwoErrors,
  isReadableNodeStream, isWritableNodeStream, isDuplexNodeStream, isNodeStream, isWebStream, isIterable,
  isDestroyed, isWritableEnded, isWritableFinished, isReadableFinished, isReadable, isWritable, isFinished,
  isWritableErrored, isReadableErrored, isClosed, willEmitClose, isDisturbed, isErrored,
  nop,
};
