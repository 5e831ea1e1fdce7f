'use strict';
// Bridges between node streams and web streams: Readable/Writable/Duplex .toWeb() and .fromWeb(),
// with node 24's checks, backpressure (pause/resume, 'drain', writer.ready) and error passing
// (a premature close becomes an AbortError).

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateBoolean, validateObject } = require('internal/validators');
const { destroyer: destroy } = require('internal/streams/destroy');
const finished = require('internal/streams/end-of-stream');
const {
  isReadableNodeStream, isWritableNodeStream, isDuplexNodeStream, isDestroyed, isReadable, isWritable,
  isWritableEnded,
} = require('internal/streams/utils');
const { ReadableStream, isReadableStream } = require('internal/webstreams/readablestream');
const { WritableStream, isWritableStream } = require('internal/webstreams/writablestream');
const { CountQueuingStrategy } = require('internal/webstreams/queuingstrategies');
const { createDeferred } = require('internal/webstreams/util');

// the error a web stream sees when its node stream ended: a premature close is an abort
function finishedError(error) {
  if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') return new AbortError(undefined, { cause: error });
  return error;
}

// Calls a node stream callback; an exception it throws is reported as node does.
function callbackSafely(callback, error, onThrow) {
  try {
    callback(error);
  } catch (thrown) {
    onThrow(thrown);
  }
}

function rethrowLater(error) {
  process.nextTick(() => { throw error; });
}

// -- node -> web -------------------------------------------------------------------------------------

function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  if (!isReadableNodeStream(streamReadable)) {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }
  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  const strategy = options?.strategy ?? (objectMode
    ? new CountQueuingStrategy({ highWaterMark })
    : { highWaterMark, size: (chunk) => chunk.byteLength });
  let controller;

  function onData(chunk) {
    // a Buffer may share a pool: the web stream gets its own copy
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }

  const cleanup = finished(streamReadable, (error) => {
    error = finishedError(error);
    cleanup();
    // errors after the end are the node stream's own business
    streamReadable.on('error', () => {});
    if (error) return controller.error(error);
    controller.close();
  });
  streamReadable.on('data', onData);

  return new ReadableStream({
    start(c) { controller = c; },
    pull() { streamReadable.resume(); },
    cancel(reason) { destroy(streamReadable, reason); },
  }, strategy);
}

function newWritableStreamFromStreamWritable(streamWritable) {
  if (!isWritableNodeStream(streamWritable)) {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }
  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ? new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };
  let controller;
  let backpressure;
  let closed;

  const cleanup = finished(streamWritable, (error) => {
    error = finishedError(error);
    cleanup();
    streamWritable.on('error', () => {});
    if (error != null) {
      backpressure?.reject(error);
      closed?.reject(error);
      closed = undefined;
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller.error(new AbortError());
    controller = undefined;
  });
  streamWritable.on('drain', () => backpressure?.resolve());

  return new WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressure = createDeferred();
        return backpressure.promise.finally(() => { backpressure = undefined; });
      }
      return undefined;
    },
    abort(reason) { destroy(streamWritable, reason); },
    close() {
      if (closed === undefined && !isWritableEnded(streamWritable)) {
        closed = createDeferred();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return undefined;
    },
  }, strategy);
}

function newReadableWritablePairFromDuplex(duplex) {
  if (!isDuplexNodeStream(duplex)) throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  // node's order: writable first
  return {
    writable: newWritableStreamFromStreamWritable(duplex),
    readable: newReadableStreamFromStreamReadable(duplex),
  };
}

// -- web -> node -------------------------------------------------------------------------------------

// read(): one chunk from the web reader per call
function readFromReader(reader, stream) {
  reader.read().then((result) => {
    if (result.done) stream.push(null);
    else stream.push(result.value);
  }, (error) => destroy(stream, error));
}

// write(): through the web writer once it is ready; strings become bytes unless kept as strings
function writeToWriter(writer, stream, chunk, encoding, callback, keepStrings) {
  if (typeof chunk === 'string' && !keepStrings) {
    const buffer = Buffer.from(chunk, encoding);
    chunk = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }
  const done = (error) => callbackSafely(callback, error, (thrown) => destroy(stream, thrown));
  writer.ready.then(() => writer.write(chunk).then(() => done(), done), done);
}

function validateEncoding(encoding) {
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }
}

function newStreamReadableFromReadableStream(readableStream, options = {}) {
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  validateEncoding(encoding);
  validateBoolean(objectMode, 'options.objectMode');
  const reader = readableStream.getReader();
  let closed = false;
  const { Readable } = require('stream');
  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      readFromReader(reader, readable);
    },
    destroy(error, callback) {
      const done = () => callbackSafely(callback, error, rethrowLater);
      if (!closed) {
        reader.cancel(error).then(done, done);
        return;
      }
      done();
    },
  });
  reader.closed.then(() => { closed = true; }, (error) => {
    closed = true;
    destroy(readable, error);
  });
  return readable;
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');
  const writer = writableStream.getWriter();
  let closed = false;
  const { Writable } = require('stream');
  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    write(chunk, encoding, callback) {
      writeToWriter(writer, writable, chunk, encoding, callback, !decodeStrings || objectMode);
    },
    destroy(error, callback) {
      const done = () => callbackSafely(callback, error, rethrowLater);
      if (!closed) {
        if (error != null) writer.abort(error).then(done, done);
        else writer.close().then(done, done);
        return;
      }
      done();
    },
    final(callback) {
      const done = (error) => callbackSafely(callback, error, (thrown) => process.nextTick(() => destroy(writable, thrown)));
      if (!closed) writer.close().then(() => done(), done);
    },
  });
  writer.closed.then(() => { closed = true; }, (error) => {
    closed = true;
    destroy(writable, error);
  });
  return writable;
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateEncoding(encoding);
  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;
  const { Duplex } = require('stream');
  const duplex = new Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,
    write(chunk, chunkEncoding, callback) {
      writeToWriter(writer, duplex, chunk, chunkEncoding, callback, !decodeStrings || objectMode);
    },
    final(callback) {
      const done = (error) => callbackSafely(callback, error, (thrown) => process.nextTick(() => destroy(duplex, thrown)));
      if (!writableClosed) writer.close().then(() => done(), done);
    },
    read() {
      readFromReader(reader, duplex);
    },
    destroy(error, callback) {
      const done = () => callbackSafely(callback, error, rethrowLater);
      const closeWriter = () => {
        if (writableClosed) return Promise.resolve();
        return error != null ? writer.abort(error) : writer.close();
      };
      const cancelReader = () => (readableClosed ? Promise.resolve() : reader.cancel(error));
      Promise.all([closeWriter(), cancelReader()]).then(done, done);
    },
  });
  writer.closed.then(() => {
    writableClosed = true;
    if (!isWritableEnded(duplex)) destroy(duplex, new AbortError());
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });
  reader.closed.then(() => { readableClosed = true; }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });
  return duplex;
}

module.exports = {
  newReadableStreamFromStreamReadable,
  newWritableStreamFromStreamWritable,
  newReadableWritablePairFromDuplex,
  newStreamReadableFromReadableStream,
  newStreamWritableFromWritableStream,
  newStreamDuplexFromReadableWritablePair,
};
