'use strict';
// ReadableStream of the WHATWG Streams standard: default and byte streams, default and BYOB
// readers, their controllers, tee, pipeTo / pipeThrough, async iteration and ReadableStream.from.
// The abstract operations keep the standard's names so each can be checked against the text;
// errors and inspect output are node 24's.

const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_ILLEGAL_CONSTRUCTOR, ERR_ARG_NOT_ITERABLE, ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  kState, kType, kIsClosedPromise, kControllerErrorFunction, customInspect, createDeferred, setPromiseHandled, onSettled, promiseCall, resolvedWith,
  resetQueue, enqueueValueWithSize, dequeueValue, extractHighWaterMark, extractSizeAlgorithm,
  validateOptionalObject, isBrand, checkThis, rejectThis, invalidState, isDetached,
  transferArrayBuffer, copyDataBlockBytes, cloneAsUint8Array, makeEnumerable,
} = require('internal/webstreams/util');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const kCreate = Symbol('kCreate');
const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

// WritableStream's operations, which pipeTo uses (loaded when a pipe starts)
let writable;
function lazyWritable() {
  writable ??= require('internal/webstreams/writablestream');
  return writable;
}

function isReadableStream(value) {
  return isBrand(value, 'ReadableStream');
}

class ReadableStream {
  constructor(source = {}, strategy = {}) {
    if (source === kCreate) {
      this[kType] = 'ReadableStream';
      initializeReadableStream(this);
      return;
    }
    validateOptionalObject(source, 'source');
    validateOptionalObject(strategy, 'strategy');
    source ??= {};
    strategy ??= {};
    this[kType] = 'ReadableStream';
    initializeReadableStream(this);
    const type = source.type;
    if (`${type}` === 'bytes') {
      if (strategy.size !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size);
      const highWaterMark = extractHighWaterMark(strategy.highWaterMark, 0);
      setUpReadableByteStreamControllerFromSource(this, source, highWaterMark);
    } else {
      if (type !== undefined) throw new ERR_INVALID_ARG_VALUE('source.type', type);
      const sizeAlgorithm = extractSizeAlgorithm(strategy.size);
      const highWaterMark = extractHighWaterMark(strategy.highWaterMark, 1);
      setUpReadableStreamDefaultControllerFromSource(this, source, highWaterMark, sizeAlgorithm);
    }
  }

  get locked() {
    checkThis(this, 'ReadableStream');
    return isReadableStreamLocked(this);
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) return rejectThis('ReadableStream');
    if (isReadableStreamLocked(this)) return Promise.reject(invalidState('ReadableStream is locked'));
    return readableStreamCancel(this, reason);
  }

  getReader(options = {}) {
    checkThis(this, 'ReadableStream');
    validateOptionalObject(options, 'options');
    const mode = options?.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = {}) {
    checkThis(this, 'ReadableStream');
    const readable = transform?.readable;
    if (!isReadableStream(readable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const writableSide = transform?.writable;
    if (!lazyWritable().isWritableStream(writableSide)) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writableSide);
    }
    const { preventClose, preventAbort, preventCancel, signal } = pipeOptions(options);
    if (isReadableStreamLocked(this)) throw invalidState('The ReadableStream is locked');
    if (writable.isWritableStreamLocked(writableSide)) throw invalidState('The WritableStream is locked');
    const promise = readableStreamPipeTo(this, writableSide, preventClose, preventAbort, preventCancel, signal);
    setPromiseHandled(promise);
    return readable;
  }

  pipeTo(destination, options = {}) {
    try {
      checkThis(this, 'ReadableStream');
      if (!lazyWritable().isWritableStream(destination)) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const { preventClose, preventAbort, preventCancel, signal } = pipeOptions(options);
      if (isReadableStreamLocked(this)) throw invalidState('The ReadableStream is locked');
      if (writable.isWritableStreamLocked(destination)) throw invalidState('The WritableStream is locked');
      return readableStreamPipeTo(this, destination, preventClose, preventAbort, preventCancel, signal);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  tee() {
    checkThis(this, 'ReadableStream');
    return readableStreamTee(this, false);
  }

  values(options = {}) {
    checkThis(this, 'ReadableStream');
    validateOptionalObject(options, 'options');
    const preventCancel = Boolean(options?.preventCancel);
    return createAsyncIterator(this, preventCancel);
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, depth, options, 'ReadableStream', {
      locked: this.locked,
      state: this[kState].state,
      supportsBYOB: this[kState].controller instanceof ReadableByteStreamController,
    });
  }
}

makeEnumerable(ReadableStream, ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values']);
Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  value: ReadableStream.prototype.values, writable: true, configurable: true, enumerable: false,
});
Object.defineProperty(ReadableStream, 'from', { enumerable: true });

function pipeOptions(options) {
  validateOptionalObject(options, 'options');
  options ??= {};
  const signal = options.signal;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  return {
    preventClose: Boolean(options.preventClose),
    preventAbort: Boolean(options.preventAbort),
    preventCancel: Boolean(options.preventCancel),
    signal,
  };
}

function initializeReadableStream(stream) {
  const closed = createDeferred();
  setPromiseHandled(closed.promise);
  stream[kIsClosedPromise] = closed;
  stream[kState] = {
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
  };
}

// A stream made by the other builtins (Blob.stream, fetch bodies, adapters): the standard's
// CreateReadableStream, with algorithms rather than a source object (start and pull get the
// controller).
function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark = 1,
  sizeAlgorithm = () => 1) {
  const stream = new ReadableStream(kCreate);
  const controller = Object.create(ReadableStreamDefaultController.prototype);
  setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
    highWaterMark, sizeAlgorithm);
  return stream;
}

function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark = 0) {
  const stream = new ReadableStream(kCreate);
  const controller = Object.create(ReadableByteStreamController.prototype);
  setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
    highWaterMark, undefined);
  return stream;
}

function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

function isReadableStreamDisturbed(stream) {
  return stream[kState].disturbed;
}

// -- the stream's own operations -------------------------------------------------------------------

function readableStreamCancel(stream, reason) {
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') return Promise.resolve();
  if (state.state === 'errored') return Promise.reject(state.storedError);
  readableStreamClose(stream);
  const reader = state.reader;
  if (reader !== undefined && isBrand(reader, 'ReadableStreamBYOBReader')) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const request of requests) request.close(undefined);
  }
  return state.controller[kCancel](reason).then(() => undefined);
}

function readableStreamClose(stream) {
  const state = stream[kState];
  state.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].close.resolve();
  if (isBrand(reader, 'ReadableStreamDefaultReader')) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (const request of requests) request.close();
  }
}

function readableStreamError(stream, error) {
  const state = stream[kState];
  state.state = 'errored';
  state.storedError = error;
  stream[kIsClosedPromise].reject(error);
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].close.reject(error);
  setPromiseHandled(reader[kState].close.promise);
  if (isBrand(reader, 'ReadableStreamDefaultReader')) {
    readableStreamDefaultReaderErrorReadRequests(reader, error);
  } else {
    readableStreamBYOBReaderErrorReadIntoRequests(reader, error);
  }
}

function readableStreamAddReadRequest(stream, readRequest) {
  stream[kState].reader[kState].readRequests.push(readRequest);
}

function readableStreamAddReadIntoRequest(stream, readIntoRequest) {
  stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const reader = stream[kState].reader;
  const request = reader[kState].readRequests.shift();
  if (done) request.close();
  else request.chunk(chunk);
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const reader = stream[kState].reader;
  const request = reader[kState].readIntoRequests.shift();
  if (done) request.close(chunk);
  else request.chunk(chunk);
}

function readableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function readableStreamGetNumReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

function readableStreamHasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isBrand(reader, 'ReadableStreamDefaultReader');
}

function readableStreamHasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isBrand(reader, 'ReadableStreamBYOBReader');
}

// -- readers ---------------------------------------------------------------------------------------

// The members both readers share (the standard's ReadableStreamGenericReader mixin), with the
// release steps and the name of the pending requests list of each.
function defineGenericReaderMembers(Reader, release, requestsName) {
  const brand = Reader.name;
  class GenericReader {
    releaseLock() {
      checkThis(this, brand);
      if (this[kState].stream === undefined) return;
      release(this);
    }

    get closed() {
      if (!isBrand(this, brand)) return rejectThis(brand);
      return this[kState].close.promise;
    }

    cancel(reason = undefined) {
      if (!isBrand(this, brand)) return rejectThis(brand);
      if (this[kState].stream === undefined) {
        return Promise.reject(invalidState('The reader is not attached to a stream'));
      }
      return readableStreamReaderGenericCancel(this, reason);
    }

    [customInspectSymbol](depth, options) {
      return customInspect(this, depth, options, brand, {
        stream: this[kState].stream,
        [requestsName]: this[kState][requestsName].length,
        close: this[kState].close.promise,
      });
    }
  }
  for (const key of Reflect.ownKeys(GenericReader.prototype)) {
    if (key !== 'constructor') {
      Object.defineProperty(Reader.prototype, key, Object.getOwnPropertyDescriptor(GenericReader.prototype, key));
    }
  }
  makeEnumerable(Reader, ['closed', 'read', 'releaseLock', 'cancel']);
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    this[kType] = 'ReadableStreamDefaultReader';
    this[kState] = { stream: undefined, close: undefined, readRequests: [] };
    setUpReadableStreamDefaultReader(this, stream);
  }

  read() {
    if (!isBrand(this, 'ReadableStreamDefaultReader')) return rejectThis('ReadableStreamDefaultReader');
    const stream = this[kState].stream;
    if (stream === undefined) return Promise.reject(invalidState('The reader is not attached to a stream'));
    const { promise, resolve, reject } = createDeferred();
    readableStreamDefaultReaderRead(this, {
      chunk: (value) => resolve({ value, done: false }),
      close: () => resolve({ value: undefined, done: true }),
      error: reject,
    });
    return promise;
  }

}

defineGenericReaderMembers(ReadableStreamDefaultReader, readableStreamDefaultReaderRelease, 'readRequests');

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    this[kType] = 'ReadableStreamBYOBReader';
    this[kState] = { stream: undefined, close: undefined, readIntoRequests: [] };
    setUpReadableStreamBYOBReader(this, stream);
  }

  read(view, options = {}) {
    if (!isBrand(this, 'ReadableStreamBYOBReader')) return rejectThis('ReadableStreamBYOBReader');
    if (!ArrayBuffer.isView(view)) {
      return Promise.reject(new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view));
    }
    try {
      validateOptionalObject(options, 'options');
    } catch (error) {
      return Promise.reject(error);
    }
    const min = options?.min ?? 1;
    if (view.byteLength === 0 || view.buffer.byteLength === 0 || isDetached(view.buffer)) {
      return Promise.reject(invalidState('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    if (typeof min !== 'number' || !Number.isInteger(min) || min < 1) {
      return Promise.reject(new ERR_INVALID_ARG_VALUE('options.min', min, 'must be greater than 0'));
    }
    if (view instanceof DataView ? min > view.byteLength : min > view.length) {
      const limit = view instanceof DataView ? '<= view.byteLength' : '<= view.length';
      return Promise.reject(new ERR_OUT_OF_RANGE('options.min', limit, min));
    }
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('The reader is not attached to a stream'));
    }
    const { promise, resolve, reject } = createDeferred();
    readableStreamBYOBReaderRead(this, view, min, {
      chunk: (value) => resolve({ value, done: false }),
      close: (value) => resolve({ value, done: true }),
      error: reject,
    });
    return promise;
  }

}

defineGenericReaderMembers(ReadableStreamBYOBReader, readableStreamBYOBReaderRelease, 'readIntoRequests');

function readableStreamReaderGenericInitialize(reader, stream) {
  reader[kState].stream = stream;
  stream[kState].reader = reader;
  const close = createDeferred();
  reader[kState].close = close;
  const { state } = stream[kState];
  if (state === 'closed') {
    close.resolve();
  } else if (state === 'errored') {
    close.reject(stream[kState].storedError);
    setPromiseHandled(close.promise);
  }
}

function readableStreamReaderGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

function readableStreamReaderGenericRelease(reader) {
  const stream = reader[kState].stream;
  const error = invalidState('Reader released');
  if (stream[kState].state === 'readable') {
    reader[kState].close.reject(error);
  } else {
    const close = createDeferred();
    close.reject(error);
    reader[kState].close = close;
  }
  setPromiseHandled(reader[kState].close.promise);
  stream[kState].controller[kRelease]();
  stream[kState].reader = undefined;
  reader[kState].stream = undefined;
}

function setUpReadableStreamDefaultReader(reader, stream) {
  if (isReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
  readableStreamReaderGenericInitialize(reader, stream);
  reader[kState].readRequests = [];
}

function setUpReadableStreamBYOBReader(reader, stream) {
  if (isReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
  if (!(stream[kState].controller instanceof ReadableByteStreamController)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
  }
  readableStreamReaderGenericInitialize(reader, stream);
  reader[kState].readIntoRequests = [];
}

function readableStreamDefaultReaderRead(reader, readRequest) {
  const stream = reader[kState].stream;
  stream[kState].disturbed = true;
  const { state } = stream[kState];
  if (state === 'closed') readRequest.close();
  else if (state === 'errored') readRequest.error(stream[kState].storedError);
  else stream[kState].controller[kPull](readRequest);
}

function readableStreamDefaultReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamDefaultReaderErrorReadRequests(reader, invalidState('Releasing reader'));
}

// The pending requests of a reader (readRequests of a default reader, readIntoRequests of a BYOB
// one) all fail with `error`.
function errorPendingRequests(reader, key, error) {
  const requests = reader[kState][key];
  reader[kState][key] = [];
  for (const request of requests) request.error(error);
}

function readableStreamDefaultReaderErrorReadRequests(reader, error) {
  errorPendingRequests(reader, 'readRequests', error);
}

function readableStreamBYOBReaderRead(reader, view, min, readIntoRequest) {
  const stream = reader[kState].stream;
  stream[kState].disturbed = true;
  if (stream[kState].state === 'errored') readIntoRequest.error(stream[kState].storedError);
  else readableByteStreamControllerPullInto(stream[kState].controller, view, min, readIntoRequest);
}

function readableStreamBYOBReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamBYOBReaderErrorReadIntoRequests(reader, invalidState('Releasing reader'));
}

function readableStreamBYOBReaderErrorReadIntoRequests(reader, error) {
  errorPendingRequests(reader, 'readIntoRequests', error);
}

// -- what both controllers do ------------------------------------------------------------------------

// The standard's "call pull if needed", the same for both kinds of controller but for the checks.
function callPullIfNeeded(controller, shouldCallPull, error) {
  if (!shouldCallPull(controller)) return;
  const state = controller[kState];
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  onSettled(state.pullAlgorithm(controller), () => {
    state.pulling = false;
    if (state.pullAgain) {
      state.pullAgain = false;
      callPullIfNeeded(controller, shouldCallPull, error);
    }
  }, (reason) => error(controller, reason));
}

// Runs a controller's start algorithm; pulling starts once its result settles.
function startController(controller, startAlgorithm, callPull, error) {
  const startResult = startAlgorithm(controller);
  onSettled(resolvedWith(startResult), () => {
    controller[kState].started = true;
    callPull(controller);
  }, (reason) => error(controller, reason));
}

// The start, pull and cancel algorithms of an underlying source object.
function algorithmsFromSource(source, controller) {
  const { start, pull, cancel } = source;
  for (const [name, fn] of [['start', start], ['pull', pull], ['cancel', cancel]]) {
    if (fn !== undefined && typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE(`source.${name}`, 'Function', fn);
  }
  return {
    startAlgorithm: start === undefined ? () => undefined : () => start.call(source, controller),
    pullAlgorithm: pull === undefined ? () => Promise.resolve() : () => promiseCall(pull, source, controller),
    cancelAlgorithm: cancel === undefined ? () => Promise.resolve() : (reason) => promiseCall(cancel, source, reason),
  };
}

// -- the default controller ------------------------------------------------------------------------

const kCancel = Symbol('kCancel');
const kPull = Symbol('kPull');
const kRelease = Symbol('kRelease');

class ReadableStreamDefaultController {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    checkThis(this, 'ReadableStreamDefaultController');
    return readableStreamDefaultControllerGetDesiredSize(this);
  }

  close() {
    checkThis(this, 'ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) throw invalidState('Controller is already closed');
    readableStreamDefaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    checkThis(this, 'ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) throw invalidState('Controller is already closed');
    readableStreamDefaultControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    checkThis(this, 'ReadableStreamDefaultController');
    readableStreamDefaultControllerError(this, error);
  }

  [kCancel](reason) {
    resetQueue(this[kState]);
    const result = this[kState].cancelAlgorithm(reason);
    readableStreamDefaultControllerClearAlgorithms(this);
    return result;
  }

  [kPull](readRequest) {
    const state = this[kState];
    const stream = state.stream;
    if (state.queue.length > 0) {
      const chunk = dequeueValue(state);
      if (state.closeRequested && state.queue.length === 0) {
        readableStreamDefaultControllerClearAlgorithms(this);
        readableStreamClose(stream);
      } else {
        readableStreamDefaultControllerCallPullIfNeeded(this);
      }
      readRequest.chunk(chunk);
    } else {
      readableStreamAddReadRequest(stream, readRequest);
      readableStreamDefaultControllerCallPullIfNeeded(this);
    }
  }

  [kRelease]() {}

  [customInspectSymbol](depth, options) {
    return customInspect(this, depth, options, 'ReadableStreamDefaultController', {});
  }
}

makeEnumerable(ReadableStreamDefaultController, ['desiredSize', 'close', 'enqueue', 'error']);

function setUpReadableStreamDefaultControllerFromSource(stream, source, highWaterMark, sizeAlgorithm) {
  const controller = Object.create(ReadableStreamDefaultController.prototype);
  const { startAlgorithm, pullAlgorithm, cancelAlgorithm } = algorithmsFromSource(source, controller);
  setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
    highWaterMark, sizeAlgorithm);
}

function setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
  highWaterMark, sizeAlgorithm) {
  controller[kType] = 'ReadableStreamDefaultController';
  controller[kState] = {
    stream,
    queue: [],
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    strategySizeAlgorithm: sizeAlgorithm,
    strategyHWM: highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
  };
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (error) => readableStreamDefaultControllerError(controller, error);
  startController(controller, startAlgorithm, readableStreamDefaultControllerCallPullIfNeeded, readableStreamDefaultControllerError);
}

function readableStreamDefaultControllerCallPullIfNeeded(controller) {
  callPullIfNeeded(controller, readableStreamDefaultControllerShouldCallPull, readableStreamDefaultControllerError);
}

function readableStreamDefaultControllerShouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller) || !state.started) return false;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  return readableStreamDefaultControllerGetDesiredSize(controller) > 0;
}

function readableStreamDefaultControllerClearAlgorithms(controller) {
  controller[kState].pullAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
  controller[kState].strategySizeAlgorithm = undefined;
}

function readableStreamDefaultControllerClose(controller) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  state.closeRequested = true;
  if (state.queue.length === 0) {
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamClose(state.stream);
  }
}

function readableStreamDefaultControllerEnqueue(controller, chunk) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  const stream = state.stream;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = state.strategySizeAlgorithm(chunk);
    } catch (error) {
      readableStreamDefaultControllerError(controller, error);
      throw error;
    }
    try {
      enqueueValueWithSize(state, chunk, size);
    } catch (error) {
      readableStreamDefaultControllerError(controller, error);
      throw error;
    }
  }
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

function readableStreamDefaultControllerError(controller, error) {
  const state = controller[kState];
  if (state.stream[kState].state !== 'readable') return;
  resetQueue(state);
  readableStreamDefaultControllerClearAlgorithms(controller);
  readableStreamError(state.stream, error);
}

function readableStreamDefaultControllerGetDesiredSize(controller) {
  const state = controller[kState];
  const streamState = state.stream[kState].state;
  if (streamState === 'errored') return null;
  if (streamState === 'closed') return 0;
  return state.strategyHWM - state.queueTotalSize;
}

function readableStreamDefaultControllerHasBackpressure(controller) {
  return !readableStreamDefaultControllerShouldCallPull(controller);
}

function readableStreamDefaultControllerCanCloseOrEnqueue(controller) {
  const state = controller[kState];
  return !state.closeRequested && state.stream[kState].state === 'readable';
}

// -- the byte stream controller and its BYOB requests ----------------------------------------------

class ReadableStreamBYOBRequest {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get view() {
    checkThis(this, 'ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    checkThis(this, 'ReadableStreamBYOBRequest');
    const { controller, view } = this[kState];
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (view.byteLength === 0 || view.buffer.byteLength === 0 || isDetached(view.buffer)) {
      throw invalidState('Viewed ArrayBuffer is detached');
    }
    bytesWritten = Number(bytesWritten);
    if (!Number.isFinite(bytesWritten) || bytesWritten < 0) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
    readableByteStreamControllerRespond(controller, Math.trunc(bytesWritten));
  }

  respondWithNewView(view) {
    checkThis(this, 'ReadableStreamBYOBRequest');
    if (!ArrayBuffer.isView(view)) {
      throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    const { controller } = this[kState];
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (isDetached(view.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    readableByteStreamControllerRespondWithNewView(controller, view);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, depth, options, 'ReadableStreamBYOBRequest', {
      view: this[kState].view,
      controller: this[kState].controller,
    });
  }
}

makeEnumerable(ReadableStreamBYOBRequest, ['view', 'respond', 'respondWithNewView']);

function makeBYOBRequest(controller, view) {
  const request = Object.create(ReadableStreamBYOBRequest.prototype);
  request[kType] = 'ReadableStreamBYOBRequest';
  request[kState] = { controller, view };
  return request;
}

class ReadableByteStreamController {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get byobRequest() {
    checkThis(this, 'ReadableByteStreamController');
    return readableByteStreamControllerGetBYOBRequest(this);
  }

  get desiredSize() {
    checkThis(this, 'ReadableByteStreamController');
    return readableByteStreamControllerGetDesiredSize(this);
  }

  close() {
    checkThis(this, 'ReadableByteStreamController');
    const state = this[kState];
    if (state.closeRequested) throw invalidState('Controller is already closed');
    if (state.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    readableByteStreamControllerClose(this);
  }

  enqueue(chunk) {
    checkThis(this, 'ReadableByteStreamController');
    if (!ArrayBuffer.isView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0 || isDetached(chunk.buffer)) {
      throw invalidState('chunk ArrayBuffer is zero-length or detached');
    }
    const state = this[kState];
    if (state.closeRequested) throw invalidState('Controller is already closed');
    if (state.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    readableByteStreamControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    checkThis(this, 'ReadableByteStreamController');
    readableByteStreamControllerError(this, error);
  }

  [kCancel](reason) {
    readableByteStreamControllerClearPendingPullIntos(this);
    resetQueue(this[kState]);
    const result = this[kState].cancelAlgorithm(reason);
    readableByteStreamControllerClearAlgorithms(this);
    return result;
  }

  [kPull](readRequest) {
    const state = this[kState];
    const stream = state.stream;
    if (state.queueTotalSize > 0) {
      readableByteStreamControllerFillReadRequestFromQueue(this, readRequest);
      return;
    }
    const autoAllocateChunkSize = state.autoAllocateChunkSize;
    if (autoAllocateChunkSize !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(autoAllocateChunkSize);
      } catch (error) {
        readRequest.error(error);
        return;
      }
      state.pendingPullIntos.push({
        buffer, bufferByteLength: autoAllocateChunkSize, byteOffset: 0, byteLength: autoAllocateChunkSize,
        bytesFilled: 0, minimumFill: 1, elementSize: 1, viewConstructor: Uint8Array, viewIntrinsic: Uint8Array,
        readerType: 'default',
      });
    }
    readableStreamAddReadRequest(stream, readRequest);
    readableByteStreamControllerCallPullIfNeeded(this);
  }

  [kRelease]() {
    const state = this[kState];
    if (state.pendingPullIntos.length > 0) {
      const first = state.pendingPullIntos[0];
      first.readerType = 'none';
      state.pendingPullIntos = [first];
    }
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, depth, options, 'ReadableByteStreamController', {});
  }
}

makeEnumerable(ReadableByteStreamController, ['byobRequest', 'desiredSize', 'close', 'enqueue', 'error']);

function setUpReadableByteStreamControllerFromSource(stream, source, highWaterMark) {
  const controller = Object.create(ReadableByteStreamController.prototype);
  const { startAlgorithm, pullAlgorithm, cancelAlgorithm } = algorithmsFromSource(source, controller);
  let autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    autoAllocateChunkSize = Number(autoAllocateChunkSize);
    if (!Number.isInteger(autoAllocateChunkSize) || autoAllocateChunkSize <= 0) {
      throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', autoAllocateChunkSize);
    }
  }
  setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
    highWaterMark, autoAllocateChunkSize);
}

function setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
  highWaterMark, autoAllocateChunkSize) {
  controller[kType] = 'ReadableByteStreamController';
  controller[kState] = {
    stream,
    byobRequest: null,
    queue: [],
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    strategyHWM: highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
    autoAllocateChunkSize,
    pendingPullIntos: [],
  };
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (error) => readableByteStreamControllerError(controller, error);
  startController(controller, startAlgorithm, readableByteStreamControllerCallPullIfNeeded, readableByteStreamControllerError);
}

function readableByteStreamControllerGetBYOBRequest(controller) {
  const state = controller[kState];
  if (state.byobRequest === null && state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
      first.byteLength - first.bytesFilled);
    state.byobRequest = makeBYOBRequest(controller, view);
  }
  return state.byobRequest;
}

function readableByteStreamControllerGetDesiredSize(controller) {
  const state = controller[kState];
  const streamState = state.stream[kState].state;
  if (streamState === 'errored') return null;
  if (streamState === 'closed') return 0;
  return state.strategyHWM - state.queueTotalSize;
}

function readableByteStreamControllerCallPullIfNeeded(controller) {
  callPullIfNeeded(controller, readableByteStreamControllerShouldCallPull, readableByteStreamControllerError);
}

function readableByteStreamControllerShouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable' || state.closeRequested || !state.started) return false;
  if (readableStreamHasDefaultReader(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  if (readableStreamHasBYOBReader(stream) && readableStreamGetNumReadIntoRequests(stream) > 0) return true;
  return readableByteStreamControllerGetDesiredSize(controller) > 0;
}

function readableByteStreamControllerClearAlgorithms(controller) {
  controller[kState].pullAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
}

function readableByteStreamControllerInvalidateBYOBRequest(controller) {
  const state = controller[kState];
  if (state.byobRequest === null) return;
  state.byobRequest[kState].controller = undefined;
  state.byobRequest[kState].view = null;
  state.byobRequest = null;
}

function readableByteStreamControllerClearPendingPullIntos(controller) {
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function readableByteStreamControllerClose(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (state.closeRequested || stream[kState].state !== 'readable') return;
  if (state.queueTotalSize > 0) {
    state.closeRequested = true;
    return;
  }
  if (state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const error = invalidState('Partial read');
      readableByteStreamControllerError(controller, error);
      throw error;
    }
  }
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamClose(stream);
}

function readableByteStreamControllerError(controller, error) {
  const state = controller[kState];
  if (state.stream[kState].state !== 'readable') return;
  readableByteStreamControllerClearPendingPullIntos(controller);
  resetQueue(state);
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamError(state.stream, error);
}

function readableByteStreamControllerEnqueue(controller, chunk) {
  const state = controller[kState];
  const stream = state.stream;
  if (state.closeRequested || stream[kState].state !== 'readable') return;
  const { buffer, byteOffset, byteLength } = chunk;
  if (isDetached(buffer)) throw invalidState('chunk ArrayBuffer is zero-length or detached');
  const transferredBuffer = transferArrayBuffer(buffer);
  if (state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    if (isDetached(first.buffer)) throw invalidState('The BYOB request ArrayBuffer has been detached');
    readableByteStreamControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') {
      readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, first);
    }
  }
  if (readableStreamHasDefaultReader(stream)) {
    readableByteStreamControllerProcessReadRequestsUsingQueue(controller);
    if (readableStreamGetNumReadRequests(stream) === 0) {
      readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (state.pendingPullIntos.length > 0) readableByteStreamControllerShiftPendingPullInto(controller);
      readableStreamFulfillReadRequest(stream, new Uint8Array(transferredBuffer, byteOffset, byteLength), false);
    }
  } else if (readableStreamHasBYOBReader(stream)) {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
  } else {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  const state = controller[kState];
  state.queue.push({ buffer, byteOffset, byteLength });
  state.queueTotalSize += byteLength;
}

function readableByteStreamControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (error) {
    readableByteStreamControllerError(controller, error);
    throw error;
  }
  readableByteStreamControllerEnqueueChunkToQueue(controller, clone, 0, byteLength);
}

function readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, pullIntoDescriptor) {
  if (pullIntoDescriptor.bytesFilled > 0) {
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, pullIntoDescriptor.buffer,
      pullIntoDescriptor.byteOffset, pullIntoDescriptor.bytesFilled);
  }
  readableByteStreamControllerShiftPendingPullInto(controller);
}

function readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest) {
  const state = controller[kState];
  const entry = state.queue.shift();
  state.queueTotalSize -= entry.byteLength;
  readableByteStreamControllerHandleQueueDrain(controller);
  readRequest.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function readableByteStreamControllerProcessReadRequestsUsingQueue(controller) {
  const state = controller[kState];
  const reader = state.stream[kState].reader;
  while (reader[kState].readRequests.length > 0) {
    if (state.queueTotalSize === 0) return;
    const readRequest = reader[kState].readRequests.shift();
    readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
  }
}

function readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullIntoDescriptor) {
  const state = controller[kState];
  const maxBytesToCopy = Math.min(state.queueTotalSize,
    pullIntoDescriptor.byteLength - pullIntoDescriptor.bytesFilled);
  const maxBytesFilled = pullIntoDescriptor.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % pullIntoDescriptor.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= pullIntoDescriptor.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - pullIntoDescriptor.bytesFilled;
    ready = true;
  }
  const queue = state.queue;
  while (totalBytesToCopyRemaining > 0) {
    const headOfQueue = queue[0];
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, headOfQueue.byteLength);
    const destStart = pullIntoDescriptor.byteOffset + pullIntoDescriptor.bytesFilled;
    copyDataBlockBytes(pullIntoDescriptor.buffer, destStart, headOfQueue.buffer, headOfQueue.byteOffset, bytesToCopy);
    if (headOfQueue.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      headOfQueue.byteOffset += bytesToCopy;
      headOfQueue.byteLength -= bytesToCopy;
    }
    state.queueTotalSize -= bytesToCopy;
    pullIntoDescriptor.bytesFilled += bytesToCopy;
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function readableByteStreamControllerHandleQueueDrain(controller) {
  const state = controller[kState];
  if (state.queueTotalSize === 0 && state.closeRequested) {
    readableByteStreamControllerClearAlgorithms(controller);
    readableStreamClose(state.stream);
  } else {
    readableByteStreamControllerCallPullIfNeeded(controller);
  }
}

function readableByteStreamControllerShiftPendingPullInto(controller) {
  return controller[kState].pendingPullIntos.shift();
}

function readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const state = controller[kState];
  while (state.pendingPullIntos.length > 0) {
    if (state.queueTotalSize === 0) return;
    const pullIntoDescriptor = state.pendingPullIntos[0];
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullIntoDescriptor)) {
      readableByteStreamControllerShiftPendingPullInto(controller);
      readableByteStreamControllerCommitPullIntoDescriptor(state.stream, pullIntoDescriptor);
    }
  }
}

// A view of the reader's kind over filled bytes. It is built by the engine's typed array with the
// reader's constructor as new.target, so a Buffer comes back as a Buffer without calling Buffer()
// (which would warn DEP0005).
function makeView(descriptor, buffer, byteOffset, length) {
  const { viewConstructor, viewIntrinsic } = descriptor;
  if (viewConstructor === DataView) return new DataView(buffer, byteOffset, length);
  return Reflect.construct(viewIntrinsic, [buffer, byteOffset, length], viewConstructor);
}

function readableByteStreamControllerConvertPullIntoDescriptor(pullIntoDescriptor) {
  const { buffer, byteOffset, bytesFilled, elementSize } = pullIntoDescriptor;
  const transferred = transferArrayBuffer(buffer);
  return makeView(pullIntoDescriptor, transferred, byteOffset, bytesFilled / elementSize);
}

function readableByteStreamControllerCommitPullIntoDescriptor(stream, pullIntoDescriptor) {
  let done = false;
  if (stream[kState].state === 'closed') done = true;
  const filledView = readableByteStreamControllerConvertPullIntoDescriptor(pullIntoDescriptor);
  if (pullIntoDescriptor.readerType === 'default') {
    readableStreamFulfillReadRequest(stream, filledView, done);
  } else {
    readableStreamFulfillReadIntoRequest(stream, filledView, done);
  }
}

function readableByteStreamControllerPullInto(controller, view, min, readIntoRequest) {
  const state = controller[kState];
  const stream = state.stream;
  let elementSize = 1;
  let viewConstructor = DataView;
  let viewIntrinsic = DataView;
  if (!(view instanceof DataView)) {
    viewConstructor = view.constructor;
    viewIntrinsic = globalThis[typedArrayTag.call(view)];
    elementSize = viewIntrinsic.BYTES_PER_ELEMENT;
  }
  const minimumFill = min * elementSize;
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (error) {
    readIntoRequest.error(error);
    return;
  }
  const pullIntoDescriptor = {
    buffer, bufferByteLength: buffer.byteLength, byteOffset, byteLength, bytesFilled: 0, minimumFill,
    elementSize, viewConstructor, viewIntrinsic, readerType: 'byob',
  };
  if (state.pendingPullIntos.length > 0) {
    state.pendingPullIntos.push(pullIntoDescriptor);
    readableStreamAddReadIntoRequest(stream, readIntoRequest);
    return;
  }
  if (stream[kState].state === 'closed') {
    readIntoRequest.close(makeView(pullIntoDescriptor, pullIntoDescriptor.buffer, pullIntoDescriptor.byteOffset, 0));
    return;
  }
  if (state.queueTotalSize > 0) {
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullIntoDescriptor)) {
      const filledView = readableByteStreamControllerConvertPullIntoDescriptor(pullIntoDescriptor);
      readableByteStreamControllerHandleQueueDrain(controller);
      readIntoRequest.chunk(filledView);
      return;
    }
    if (state.closeRequested) {
      const error = invalidState('ReadableStream is already closed');
      readableByteStreamControllerError(controller, error);
      readIntoRequest.error(error);
      return;
    }
  }
  state.pendingPullIntos.push(pullIntoDescriptor);
  readableStreamAddReadIntoRequest(stream, readIntoRequest);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespondInClosedState(controller, firstDescriptor) {
  if (firstDescriptor.readerType === 'none') readableByteStreamControllerShiftPendingPullInto(controller);
  const stream = controller[kState].stream;
  if (readableStreamHasBYOBReader(stream)) {
    while (readableStreamGetNumReadIntoRequests(stream) > 0) {
      const pullIntoDescriptor = readableByteStreamControllerShiftPendingPullInto(controller);
      readableByteStreamControllerCommitPullIntoDescriptor(stream, pullIntoDescriptor);
    }
  }
}

function readableByteStreamControllerRespondInReadableState(controller, bytesWritten, pullIntoDescriptor) {
  pullIntoDescriptor.bytesFilled += bytesWritten;
  if (pullIntoDescriptor.readerType === 'none') {
    readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, pullIntoDescriptor);
    readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    return;
  }
  if (pullIntoDescriptor.bytesFilled < pullIntoDescriptor.minimumFill) return;
  readableByteStreamControllerShiftPendingPullInto(controller);
  const remainderSize = pullIntoDescriptor.bytesFilled % pullIntoDescriptor.elementSize;
  if (remainderSize > 0) {
    const end = pullIntoDescriptor.byteOffset + pullIntoDescriptor.bytesFilled;
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, pullIntoDescriptor.buffer,
      end - remainderSize, remainderSize);
  }
  pullIntoDescriptor.bytesFilled -= remainderSize;
  readableByteStreamControllerCommitPullIntoDescriptor(controller[kState].stream, pullIntoDescriptor);
  readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
}

function readableByteStreamControllerRespondInternal(controller, bytesWritten) {
  const state = controller[kState];
  const firstDescriptor = state.pendingPullIntos[0];
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  if (state.stream[kState].state === 'closed') {
    readableByteStreamControllerRespondInClosedState(controller, firstDescriptor);
  } else {
    readableByteStreamControllerRespondInReadableState(controller, bytesWritten, firstDescriptor);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespond(controller, bytesWritten) {
  const state = controller[kState];
  const firstDescriptor = state.pendingPullIntos[0];
  if (state.stream[kState].state === 'closed') {
    if (bytesWritten !== 0) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  } else if (bytesWritten === 0 ||
      firstDescriptor.bytesFilled + bytesWritten > firstDescriptor.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
  }
  firstDescriptor.buffer = transferArrayBuffer(firstDescriptor.buffer);
  readableByteStreamControllerRespondInternal(controller, bytesWritten);
}

function readableByteStreamControllerRespondWithNewView(controller, view) {
  const state = controller[kState];
  const firstDescriptor = state.pendingPullIntos[0];
  if (state.stream[kState].state === 'closed') {
    if (view.byteLength !== 0) throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  } else if (view.byteLength === 0) {
    throw invalidState('View ArrayBuffer is zero-length or detached');
  }
  if (firstDescriptor.byteOffset + firstDescriptor.bytesFilled !== view.byteOffset) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  if (firstDescriptor.bufferByteLength !== view.buffer.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  if (firstDescriptor.bytesFilled + view.byteLength > firstDescriptor.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  const viewByteLength = view.byteLength;
  firstDescriptor.buffer = transferArrayBuffer(view.buffer);
  readableByteStreamControllerRespondInternal(controller, viewByteLength);
}

// -- tee ---------------------------------------------------------------------------------------------

function readableStreamTee(stream, cloneForBranch2) {
  if (stream[kState].controller instanceof ReadableByteStreamController) {
    return readableByteStreamTee(stream);
  }
  return readableStreamDefaultTee(stream, cloneForBranch2);
}

// The branches' cancel algorithms of a tee: the source is canceled once both branches are, with
// both reasons. `canceled` says which branches are.
function teeCancelAlgorithms(stream, cancelPromise) {
  const canceled = [false, false];
  const reasons = [undefined, undefined];
  const cancelAlgorithm = (index) => (reason) => {
    canceled[index] = true;
    reasons[index] = reason;
    if (canceled[1 - index]) cancelPromise.resolve(readableStreamCancel(stream, reasons.slice()));
    return cancelPromise.promise;
  };
  return { canceled, cancel1Algorithm: cancelAlgorithm(0), cancel2Algorithm: cancelAlgorithm(1) };
}

function readableStreamDefaultTee(stream, cloneForBranch2) {
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let branch1;
  let branch2;
  const cancelPromise = createDeferred();
  const { canceled, cancel1Algorithm, cancel2Algorithm } = teeCancelAlgorithms(stream, cancelPromise);

  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    readableStreamDefaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgain = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled[1] && cloneForBranch2) chunk2 = structuredClone(chunk2);
          if (!canceled[0]) readableStreamDefaultControllerEnqueue(branch1[kState].controller, chunk1);
          if (!canceled[1]) readableStreamDefaultControllerEnqueue(branch2[kState].controller, chunk2);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      close() {
        reading = false;
        if (!canceled[0]) readableStreamDefaultControllerClose(branch1[kState].controller);
        if (!canceled[1]) readableStreamDefaultControllerClose(branch2[kState].controller);
        if (!canceled[0] || !canceled[1]) cancelPromise.resolve();
      },
      error() {
        reading = false;
      },
    });
    return Promise.resolve();
  }

  branch1 = createReadableStream(() => undefined, pullAlgorithm, cancel1Algorithm);
  branch2 = createReadableStream(() => undefined, pullAlgorithm, cancel2Algorithm);
  onSettled(reader[kState].close.promise, undefined, (error) => {
    readableStreamDefaultControllerError(branch1[kState].controller, error);
    readableStreamDefaultControllerError(branch2[kState].controller, error);
    if (!canceled[0] || !canceled[1]) cancelPromise.resolve();
  });
  return [branch1, branch2];
}

function readableByteStreamTee(stream) {
  let reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  const readAgain = [false, false];
  let branch1;
  let branch2;
  const cancelPromise = createDeferred();
  const { canceled, cancel1Algorithm, cancel2Algorithm } = teeCancelAlgorithms(stream, cancelPromise);

  function forwardReaderError(thisReader) {
    onSettled(thisReader[kState].close.promise, undefined, (error) => {
      if (thisReader !== reader) return;
      readableByteStreamControllerError(branch1[kState].controller, error);
      readableByteStreamControllerError(branch2[kState].controller, error);
      if (!canceled[0] || !canceled[1]) cancelPromise.resolve();
    });
  }

  function pullWithDefaultReader() {
    if (isBrand(reader, 'ReadableStreamBYOBReader')) {
      readableStreamBYOBReaderRelease(reader);
      reader = new ReadableStreamDefaultReader(stream);
      forwardReaderError(reader);
    }
    readableStreamDefaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgain[0] = false;
          readAgain[1] = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled[0] && !canceled[1]) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (error) {
              readableByteStreamControllerError(branch1[kState].controller, error);
              readableByteStreamControllerError(branch2[kState].controller, error);
              cancelPromise.resolve(readableStreamCancel(stream, error));
              return;
            }
          }
          if (!canceled[0]) readableByteStreamControllerEnqueue(branch1[kState].controller, chunk1);
          if (!canceled[1]) readableByteStreamControllerEnqueue(branch2[kState].controller, chunk2);
          reading = false;
          if (readAgain[0]) pull1Algorithm();
          else if (readAgain[1]) pull2Algorithm();
        });
      },
      close() {
        reading = false;
        if (!canceled[0]) readableByteStreamControllerClose(branch1[kState].controller);
        if (!canceled[1]) readableByteStreamControllerClose(branch2[kState].controller);
        if (branch1[kState].controller[kState].pendingPullIntos.length > 0) {
          readableByteStreamControllerRespond(branch1[kState].controller, 0);
        }
        if (branch2[kState].controller[kState].pendingPullIntos.length > 0) {
          readableByteStreamControllerRespond(branch2[kState].controller, 0);
        }
        if (!canceled[0] || !canceled[1]) cancelPromise.resolve();
      },
      error() {
        reading = false;
      },
    });
  }

  function pullWithBYOBReader(view, forBranch2) {
    if (isBrand(reader, 'ReadableStreamDefaultReader')) {
      readableStreamDefaultReaderRelease(reader);
      reader = new ReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    readableStreamBYOBReaderRead(reader, view, 1, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgain[0] = false;
          readAgain[1] = false;
          const byobCanceled = forBranch2 ? canceled[1] : canceled[0];
          const otherCanceled = forBranch2 ? canceled[0] : canceled[1];
          if (!otherCanceled) {
            let clonedChunk;
            try {
              clonedChunk = cloneAsUint8Array(chunk);
            } catch (error) {
              readableByteStreamControllerError(byobBranch[kState].controller, error);
              readableByteStreamControllerError(otherBranch[kState].controller, error);
              cancelPromise.resolve(readableStreamCancel(stream, error));
              return;
            }
            if (!byobCanceled) readableByteStreamControllerRespondWithNewView(byobBranch[kState].controller, chunk);
            readableByteStreamControllerEnqueue(otherBranch[kState].controller, clonedChunk);
          } else if (!byobCanceled) {
            readableByteStreamControllerRespondWithNewView(byobBranch[kState].controller, chunk);
          }
          reading = false;
          if (readAgain[0]) pull1Algorithm();
          else if (readAgain[1]) pull2Algorithm();
        });
      },
      close(chunk) {
        reading = false;
        const byobCanceled = forBranch2 ? canceled[1] : canceled[0];
        const otherCanceled = forBranch2 ? canceled[0] : canceled[1];
        if (!byobCanceled) readableByteStreamControllerClose(byobBranch[kState].controller);
        if (!otherCanceled) readableByteStreamControllerClose(otherBranch[kState].controller);
        if (chunk !== undefined) {
          if (!byobCanceled) readableByteStreamControllerRespondWithNewView(byobBranch[kState].controller, chunk);
          if (!otherCanceled && otherBranch[kState].controller[kState].pendingPullIntos.length > 0) {
            readableByteStreamControllerRespond(otherBranch[kState].controller, 0);
          }
        }
        if (!byobCanceled || !otherCanceled) cancelPromise.resolve();
      },
      error() {
        reading = false;
      },
    });
  }

  // a branch's pull: a BYOB read into its request's view when it has one, else a default read
  function pullAlgorithm(index) {
    return () => {
      if (reading) {
        readAgain[index] = true;
        return Promise.resolve();
      }
      reading = true;
      const byobRequest = readableByteStreamControllerGetBYOBRequest((index === 0 ? branch1 : branch2)[kState].controller);
      if (byobRequest === null) pullWithDefaultReader();
      else pullWithBYOBReader(byobRequest[kState].view, index === 1);
      return Promise.resolve();
    };
  }
  const pull1Algorithm = pullAlgorithm(0);
  const pull2Algorithm = pullAlgorithm(1);

  branch1 = createReadableByteStream(() => undefined, pull1Algorithm, cancel1Algorithm);
  branch2 = createReadableByteStream(() => undefined, pull2Algorithm, cancel2Algorithm);
  forwardReaderError(reader);
  return [branch1, branch2];
}

// -- pipeTo ------------------------------------------------------------------------------------------

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const w = lazyWritable();
  const reader = new ReadableStreamDefaultReader(source);
  const writer = w.acquireWritableStreamDefaultWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = Promise.resolve();
  const { promise, resolve, reject } = createDeferred();
  let abortAlgorithm;

  function finalize(isError, error) {
    w.writableStreamDefaultWriterRelease(writer);
    readableStreamDefaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) reject(error);
    else resolve();
  }

  function waitForCurrentWrite() {
    const write = currentWrite;
    return write.then(() => (write !== currentWrite ? waitForCurrentWrite() : undefined));
  }

  function shutdownWithAnAction(action, originalIsError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const run = () => onSettled(action(),
      () => finalize(originalIsError, originalError),
      (error) => finalize(true, error));
    if (dest[kState].state === 'writable' && !w.writableStreamCloseQueuedOrInFlight(dest)) {
      onSettled(waitForCurrentWrite(), run, run);
    } else {
      run();
    }
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest[kState].state === 'writable' && !w.writableStreamCloseQueuedOrInFlight(dest)) {
      const done = () => finalize(isError, error);
      onSettled(waitForCurrentWrite(), done, done);
    } else {
      finalize(isError, error);
    }
  }

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (dest[kState].state === 'writable' ? w.writableStreamAbort(dest, error) : Promise.resolve()));
      }
      if (!preventCancel) {
        actions.push(() => (source[kState].state === 'readable' ? readableStreamCancel(source, error) : Promise.resolve()));
      }
      shutdownWithAnAction(() => Promise.all(actions.map((action) => action())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  // the error and closing conditions, checked whenever a state changes
  function checkSourceErrored() {
    if (source[kState].state !== 'errored') return false;
    const error = source[kState].storedError;
    if (!preventAbort) shutdownWithAnAction(() => w.writableStreamAbort(dest, error), true, error);
    else shutdown(true, error);
    return true;
  }

  function checkDestErrored() {
    if (dest[kState].state !== 'errored' && dest[kState].state !== 'erroring') return false;
    const error = dest[kState].storedError;
    if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
    return true;
  }

  function checkSourceClosed() {
    if (source[kState].state !== 'closed') return false;
    if (!preventClose) shutdownWithAnAction(() => w.writableStreamDefaultWriterCloseWithErrorPropagation(writer));
    else shutdown();
    return true;
  }

  function checkDestClosed() {
    if (!w.writableStreamCloseQueuedOrInFlight(dest) && dest[kState].state !== 'closed') return false;
    const error = invalidState('Destination WritableStream closed before all data could be piped to it');
    if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
    return true;
  }

  onSettled(reader[kState].close.promise, () => checkSourceClosed(), () => checkSourceErrored());
  onSettled(writer[kState].close.promise, undefined, () => checkDestErrored());

  function step() {
    if (shuttingDown) return;
    if (checkSourceErrored() || checkDestErrored() || checkSourceClosed() || checkDestClosed()) return;
    onSettled(writer[kState].ready.promise, () => {
      if (shuttingDown) return;
      readableStreamDefaultReaderRead(reader, {
        chunk(chunk) {
          currentWrite = w.writableStreamDefaultWriterWrite(writer, chunk);
          setPromiseHandled(currentWrite);
          queueMicrotask(step);
        },
        close() {
          checkSourceClosed();
        },
        error() {
          checkSourceErrored();
        },
      });
    }, () => checkDestErrored());
  }
  step();
  return promise;
}

// -- async iteration and ReadableStream.from ---------------------------------------------------------

function createAsyncIterator(stream, preventCancel) {
  const reader = new ReadableStreamDefaultReader(stream);
  let ongoing;
  let finished = false;

  function nextSteps() {
    if (finished) return Promise.resolve({ done: true, value: undefined });
    if (reader[kState].stream === undefined) {
      return Promise.reject(invalidState('The reader is not bound to a ReadableStream'));
    }
    const { promise, resolve, reject } = createDeferred();
    readableStreamDefaultReaderRead(reader, {
      chunk: (value) => {
        ongoing = undefined;
        resolve({ value, done: false });
      },
      close: () => {
        ongoing = undefined;
        finished = true;
        readableStreamDefaultReaderRelease(reader);
        resolve({ done: true, value: undefined });
      },
      error: (error) => {
        ongoing = undefined;
        finished = true;
        readableStreamDefaultReaderRelease(reader);
        reject(error);
      },
    });
    return promise;
  }

  function returnSteps(value) {
    if (finished) return Promise.resolve({ done: true, value });
    finished = true;
    if (reader[kState].stream === undefined) {
      return Promise.reject(invalidState('The reader is not bound to a ReadableStream'));
    }
    if (!preventCancel) {
      const result = readableStreamReaderGenericCancel(reader, value);
      readableStreamDefaultReaderRelease(reader);
      return result.then(() => ({ done: true, value }));
    }
    readableStreamDefaultReaderRelease(reader);
    return Promise.resolve({ done: true, value });
  }

  // own, enumerable next / return / [Symbol.asyncIterator], as node's iterator has them
  return Object.setPrototypeOf({
    next() {
      ongoing = ongoing !== undefined ? ongoing.then(nextSteps, nextSteps) : nextSteps();
      return ongoing;
    },
    return(value) {
      const after = () => returnSteps(value);
      return ongoing !== undefined ? ongoing.then(after, after) : after();
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  }, ReadableStreamAsyncIteratorPrototype);
}

const ReadableStreamAsyncIteratorPrototype = Object.create(AsyncIteratorPrototype);

function notIterable(value) {
  return new ERR_ARG_NOT_ITERABLE(require('internal/util/inspect').format('%s', value));
}

function readableStreamFromIterable(iterable) {
  let iterator;
  if (iterable == null) {
    // V8's wording, which node's message is
    throw new TypeError(`Cannot read properties of ${iterable} (reading 'Symbol(Symbol.asyncIterator)')`);
  }
  const asyncMethod = iterable[Symbol.asyncIterator];
  if (asyncMethod != null) {
    if (typeof asyncMethod !== 'function') throw notIterable(iterable);
    iterator = asyncMethod.call(iterable);
  } else {
    const syncMethod = iterable[Symbol.iterator];
    if (typeof syncMethod !== 'function') throw notIterable(iterable);
    const syncIterator = syncMethod.call(iterable);
    iterator = (async function* () { yield* { [Symbol.iterator]: () => syncIterator }; })();
  }
  if (iterator === null || typeof iterator !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('iterable', 'object', iterator);
  }
  const nextMethod = iterator.next;
  let stream;
  const pullAlgorithm = () => {
    let nextResult;
    try {
      nextResult = nextMethod.call(iterator);
    } catch (error) {
      return Promise.reject(error);
    }
    return Promise.resolve(nextResult).then((result) => {
      if (result === null || typeof result !== 'object') {
        throw new ERR_INVALID_ARG_TYPE('result', 'object', result);
      }
      if (result.done) readableStreamDefaultControllerClose(stream[kState].controller);
      else readableStreamDefaultControllerEnqueue(stream[kState].controller, result.value);
    });
  };
  const cancelAlgorithm = (reason) => {
    let returnMethod;
    try {
      returnMethod = iterator.return;
    } catch (error) {
      return Promise.reject(error);
    }
    if (returnMethod == null) return Promise.resolve();
    let returnResult;
    try {
      returnResult = returnMethod.call(iterator, reason);
    } catch (error) {
      return Promise.reject(error);
    }
    return Promise.resolve(returnResult).then((result) => {
      if (result === null || typeof result !== 'object') {
        throw new ERR_INVALID_ARG_TYPE('result', 'object', result);
      }
    });
  };
  stream = createReadableStream(() => undefined, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  isReadableStream,
  isReadableStreamLocked,
  isReadableStreamDisturbed,
  createReadableStream,
  createReadableByteStream,
  readableStreamCancel,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError,
  readableStreamDefaultControllerGetDesiredSize,
  readableStreamDefaultControllerHasBackpressure,
  readableStreamDefaultControllerCanCloseOrEnqueue,
  readableByteStreamControllerClose,
  readableByteStreamControllerEnqueue,
  readableByteStreamControllerError,
  readableStreamTee,
};
