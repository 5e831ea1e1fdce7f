'use strict';
// finished(stream[, options], callback): calls back once when the stream is done — ended, finished,
// errored or closed — with ERR_STREAM_PREMATURE_CLOSE for a close before the end. Streams that
// will emit 'close' are waited for until then. Returns a function removing its listeners.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_PREMATURE_CLOSE }, AbortError } = require('internal/errors');
const { validateAbortSignal, validateFunction, validateObject } = require('internal/validators');
const {
  isClosed, isReadable, isReadableNodeStream, isReadableFinished, isReadableErrored,
  isWritable, isWritableNodeStream, isWritableFinished, isWritableErrored, isNodeStream,
  willEmitClose: willStreamEmitClose, nop,
} = require('internal/streams/utils');
const { kIsClosedPromise } = require('internal/webstreams/util');

function once(fn) {
  let called = false;
  return function(...args) {
    if (called) return;
    called = true;
    return Reflect.apply(fn, this, args);
  };
}

// A web ReadableStream or WritableStream: done when it closes or errors (kIsClosedPromise).
function isWebStreamObject(stream) {
  return stream?.[kIsClosedPromise] !== undefined;
}

function eosWeb(stream, options, callback) {
  let aborted = false;
  const { signal } = options;
  if (signal) {
    const onAbort = () => {
      aborted = true;
      callback.call(stream, new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) process.nextTick(onAbort);
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  const settled = (...args) => {
    if (!aborted) process.nextTick(() => callback.apply(stream, args));
  };
  stream[kIsClosedPromise].promise.then(settled, settled);
  return nop;
}

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  validateFunction(callback, 'callback');
  validateAbortSignal(options.signal, 'options.signal');
  callback = once(callback);

  if (isWebStreamObject(stream)) return eosWeb(stream, options, callback);
  if (!isNodeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }

  const readable = options.readable ?? isReadableNodeStream(stream);
  const writable = options.writable ?? isWritableNodeStream(stream);
  const wState = stream._writableState;
  const rState = stream._readableState;

  // Streams1 writables have no state: they are done once no longer writable.
  const onlegacyfinish = () => {
    if (!stream.writable) onfinish();
  };

  let willEmitClose = willStreamEmitClose(stream) &&
    isReadableNodeStream(stream) === readable && isWritableNodeStream(stream) === writable;

  let writableFinished = isWritableFinished(stream, false);
  const onfinish = () => {
    writableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback.call(stream);
  };

  let readableFinished = isReadableFinished(stream, false);
  const onend = () => {
    readableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback.call(stream);
  };

  const onerror = (err) => {
    callback.call(stream, err);
  };

  let closed = isClosed(stream);

  const onclose = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    if (readable && !readableFinished && isReadableNodeStream(stream, true)) {
      if (!isReadableFinished(stream, false)) return callback.call(stream, new ERR_STREAM_PREMATURE_CLOSE());
    }
    if (writable && !writableFinished) {
      if (!isWritableFinished(stream, false)) return callback.call(stream, new ERR_STREAM_PREMATURE_CLOSE());
    }
    callback.call(stream);
  };

  const onclosed = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    callback.call(stream);
  };

  const legacyWritable = writable && !wState;
  if (legacyWritable) {
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }
  if (!willEmitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);

  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  // Already done: answer on the next tick.
  if (closed) {
    process.nextTick(onclose);
  } else if (wState?.errorEmitted || rState?.errorEmitted) {
    if (!willEmitClose) process.nextTick(onclosed);
  } else if (!readable && (!willEmitClose || isReadable(stream)) &&
             (writableFinished || isWritable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (!writable && (!willEmitClose || isWritable(stream)) &&
             (readableFinished || isReadable(stream) === false)) {
    process.nextTick(onclosed);
  }

  const cleanup = () => {
    callback = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('end', onend);
    stream.removeListener('finish', onfinish);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };

  if (options.signal && !closed) {
    const signal = options.signal;
    const abort = () => {
      const endCallback = callback;
      cleanup();
      endCallback.call(stream, new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      process.nextTick(abort);
    } else {
      signal.addEventListener('abort', abort, { once: true });
      const originalCallback = callback;
      callback = once((...args) => {
        signal.removeEventListener('abort', abort);
        Reflect.apply(originalCallback, stream, args);
      });
    }
  }

  return cleanup;
}

module.exports = eos;
