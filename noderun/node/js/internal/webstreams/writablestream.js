'use strict';
// WritableStream of the WHATWG Streams standard, its default writer and controller. The abstract
// operations keep the standard's names; errors and inspect output are node 24's.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const {
  kState, kType, kIsClosedPromise, kControllerErrorFunction, customInspect, createDeferred, setPromiseHandled, onSettled, promiseCall, resolvedWith,
  resetQueue, enqueueValueWithSize, dequeueValue, peekQueueValue, extractHighWaterMark,
  extractSizeAlgorithm, validateOptionalObject, isBrand, checkThis, rejectThis, invalidState, makeEnumerable,
} = require('internal/webstreams/util');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kCreate = Symbol('kCreate');
const kCloseSentinel = Symbol('kCloseSentinel');

function isWritableStream(value) {
  return isBrand(value, 'WritableStream');
}

class WritableStream {
  constructor(sink = {}, strategy = {}) {
    this[kType] = 'WritableStream';
    initializeWritableStream(this);
    if (sink === kCreate) return;
    validateOptionalObject(sink, 'sink');
    validateOptionalObject(strategy, 'strategy');
    sink ??= {};
    strategy ??= {};
    if (sink.type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', sink.type);
    const sizeAlgorithm = extractSizeAlgorithm(strategy.size);
    const highWaterMark = extractHighWaterMark(strategy.highWaterMark, 1);
    setUpWritableStreamDefaultControllerFromSink(this, sink, highWaterMark, sizeAlgorithm);
  }

  get locked() {
    checkThis(this, 'WritableStream');
    return isWritableStreamLocked(this);
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) return rejectThis('WritableStream');
    if (isWritableStreamLocked(this)) return Promise.reject(invalidState('WritableStream is locked'));
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isWritableStream(this)) return rejectThis('WritableStream');
    if (isWritableStreamLocked(this)) return Promise.reject(invalidState('WritableStream is locked'));
    if (writableStreamCloseQueuedOrInFlight(this)) {
      return Promise.reject(invalidState('Failure closing WritableStream'));
    }
    return writableStreamClose(this);
  }

  getWriter() {
    checkThis(this, 'WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, depth, options, 'WritableStream', {
      locked: this.locked,
      state: this[kState].state,
    });
  }
}

makeEnumerable(WritableStream, ['locked', 'abort', 'close', 'getWriter']);

function initializeWritableStream(stream) {
  const closed = createDeferred();
  setPromiseHandled(closed.promise);
  stream[kIsClosedPromise] = closed;
  stream[kState] = {
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
  };
}

// CreateWritableStream, for the other builtins (TransformStream, adapters)
function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark = 1,
  sizeAlgorithm = () => 1) {
  const stream = new WritableStream(kCreate);
  const controller = Object.create(WritableStreamDefaultController.prototype);
  setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm,
    abortAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

function isWritableStreamLocked(stream) {
  return stream[kState].writer !== undefined;
}

function acquireWritableStreamDefaultWriter(stream) {
  return new WritableStreamDefaultWriter(stream);
}

function writableStreamAbort(stream, reason) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') return Promise.resolve();
  state.controller[kState].abortController.abort(reason);
  if (state.state === 'closed' || state.state === 'errored') return Promise.resolve();
  if (state.pendingAbortRequest !== undefined) return state.pendingAbortRequest.promise.promise;
  let wasAlreadyErroring = false;
  if (state.state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const promise = createDeferred();
  state.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return promise.promise;
}

function writableStreamClose(stream) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') {
    return Promise.reject(invalidState('WritableStream is closed'));
  }
  const promise = createDeferred();
  state.closeRequest = promise;
  const writer = state.writer;
  if (writer !== undefined && state.backpressure && state.state === 'writable') writer[kState].ready.resolve();
  writableStreamDefaultControllerClose(state.controller);
  return promise.promise;
}

function writableStreamAddWriteRequest(stream) {
  const promise = createDeferred();
  stream[kState].writeRequests.push(promise);
  return promise.promise;
}

function writableStreamDealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamStartErroring(stream, reason) {
  const state = stream[kState];
  const controller = state.controller;
  state.state = 'erroring';
  state.storedError = reason;
  const writer = state.writer;
  if (writer !== undefined) writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && controller[kState].started) {
    writableStreamFinishErroring(stream);
  }
}

function writableStreamFinishErroring(stream) {
  const state = stream[kState];
  state.state = 'errored';
  stream[kIsClosedPromise].reject(state.storedError);
  state.controller[kError]();
  const storedError = state.storedError;
  for (const request of state.writeRequests) request.reject(storedError);
  state.writeRequests = [];
  if (state.pendingAbortRequest === undefined) {
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const abortRequest = state.pendingAbortRequest;
  state.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  onSettled(state.controller[kAbort](abortRequest.reason), () => {
    abortRequest.promise.resolve();
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.promise.reject(reason);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function writableStreamFinishInFlightWrite(stream) {
  stream[kState].inFlightWriteRequest.resolve();
  stream[kState].inFlightWriteRequest = undefined;
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  stream[kState].inFlightWriteRequest.reject(error);
  stream[kState].inFlightWriteRequest = undefined;
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightClose(stream) {
  const state = stream[kState];
  state.inFlightCloseRequest.resolve();
  state.inFlightCloseRequest = undefined;
  if (state.state === 'erroring') {
    state.storedError = undefined;
    if (state.pendingAbortRequest !== undefined) {
      state.pendingAbortRequest.promise.resolve();
      state.pendingAbortRequest = undefined;
    }
  }
  state.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const writer = state.writer;
  if (writer !== undefined) writer[kState].close.resolve();
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  const state = stream[kState];
  state.inFlightCloseRequest.reject(error);
  state.inFlightCloseRequest = undefined;
  if (state.pendingAbortRequest !== undefined) {
    state.pendingAbortRequest.promise.reject(error);
    state.pendingAbortRequest = undefined;
  }
  writableStreamDealWithRejection(stream, error);
}

function writableStreamCloseQueuedOrInFlight(stream) {
  return stream[kState].closeRequest !== undefined || stream[kState].inFlightCloseRequest !== undefined;
}

function writableStreamHasOperationMarkedInFlight(stream) {
  return stream[kState].inFlightWriteRequest !== undefined || stream[kState].inFlightCloseRequest !== undefined;
}

function writableStreamMarkCloseRequestInFlight(stream) {
  stream[kState].inFlightCloseRequest = stream[kState].closeRequest;
  stream[kState].closeRequest = undefined;
}

function writableStreamMarkFirstWriteRequestInFlight(stream) {
  stream[kState].inFlightWriteRequest = stream[kState].writeRequests.shift();
}

function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  const state = stream[kState];
  if (state.closeRequest !== undefined) {
    state.closeRequest.reject(state.storedError);
    state.closeRequest = undefined;
  }
  const writer = state.writer;
  if (writer !== undefined) {
    writer[kState].close.reject(state.storedError);
    setPromiseHandled(writer[kState].close.promise);
  }
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const state = stream[kState];
  const writer = state.writer;
  if (writer !== undefined && backpressure !== state.backpressure) {
    if (backpressure) writer[kState].ready = createDeferred();
    else writer[kState].ready.resolve();
  }
  state.backpressure = backpressure;
}

// -- the writer ------------------------------------------------------------------------------------

function resolvedDeferred() {
  const deferred = createDeferred();
  deferred.resolve();
  return deferred;
}

function rejectedDeferred(error) {
  const deferred = createDeferred();
  deferred.reject(error);
  setPromiseHandled(deferred.promise);
  return deferred;
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    this[kType] = 'WritableStreamDefaultWriter';
    setUpWritableStreamDefaultWriter(this, stream);
  }

  get closed() {
    if (!isBrand(this, 'WritableStreamDefaultWriter')) return rejectThis('WritableStreamDefaultWriter');
    return this[kState].close.promise;
  }

  get desiredSize() {
    checkThis(this, 'WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) throw invalidState('Writer is not bound to a WritableStream');
    return writableStreamDefaultWriterGetDesiredSize(this);
  }

  get ready() {
    if (!isBrand(this, 'WritableStreamDefaultWriter')) return rejectThis('WritableStreamDefaultWriter');
    return this[kState].ready.promise;
  }

  abort(reason = undefined) {
    if (!isBrand(this, 'WritableStreamDefaultWriter')) return rejectThis('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    }
    return writableStreamAbort(this[kState].stream, reason);
  }

  close() {
    if (!isBrand(this, 'WritableStreamDefaultWriter')) return rejectThis('WritableStreamDefaultWriter');
    const stream = this[kState].stream;
    if (stream === undefined) return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return Promise.reject(invalidState('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    checkThis(this, 'WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) return;
    writableStreamDefaultWriterRelease(this);
  }

  write(chunk = undefined) {
    if (!isBrand(this, 'WritableStreamDefaultWriter')) return rejectThis('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    }
    return writableStreamDefaultWriterWrite(this, chunk);
  }

  [customInspectSymbol](depth, options) {
    const stream = this[kState].stream;
    return customInspect(this, depth, options, 'WritableStreamDefaultWriter', {
      stream,
      close: this[kState].close.promise,
      ready: this[kState].ready.promise,
      desiredSize: stream === undefined ? undefined : writableStreamDefaultWriterGetDesiredSize(this),
    });
  }
}

makeEnumerable(WritableStreamDefaultWriter, ['closed', 'desiredSize', 'ready', 'abort', 'close', 'releaseLock',
  'write']);

function setUpWritableStreamDefaultWriter(writer, stream) {
  if (isWritableStreamLocked(stream)) throw invalidState('WritableStream is locked');
  const streamState = stream[kState];
  writer[kState] = { stream, ready: undefined, close: undefined };
  streamState.writer = writer;
  const { state } = streamState;
  if (state === 'writable') {
    writer[kState].ready = !writableStreamCloseQueuedOrInFlight(stream) && streamState.backpressure
      ? createDeferred()
      : resolvedDeferred();
    writer[kState].close = createDeferred();
  } else if (state === 'erroring') {
    writer[kState].ready = rejectedDeferred(streamState.storedError);
    writer[kState].close = createDeferred();
  } else if (state === 'closed') {
    writer[kState].ready = resolvedDeferred();
    writer[kState].close = resolvedDeferred();
  } else {
    writer[kState].ready = rejectedDeferred(streamState.storedError);
    writer[kState].close = rejectedDeferred(streamState.storedError);
  }
}

function writableStreamDefaultWriterCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const { state } = stream[kState];
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') return Promise.resolve();
  if (state === 'errored') return Promise.reject(stream[kState].storedError);
  return writableStreamClose(stream);
}

function writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, error) {
  if (writer[kState].close.pending) {
    writer[kState].close.reject(error);
  } else {
    writer[kState].close = createDeferred();
    writer[kState].close.reject(error);
  }
  setPromiseHandled(writer[kState].close.promise);
}

function writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, error) {
  const ready = writer[kState].ready;
  // a pending ready promise is rejected in place; a settled one is replaced by a rejected one
  if (ready.pending) {
    ready.reject(error);
  } else {
    writer[kState].ready = createDeferred();
    writer[kState].ready.reject(error);
  }
  setPromiseHandled(writer[kState].ready.promise);
}

function writableStreamDefaultWriterGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  const { state } = stream[kState];
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return writableStreamDefaultControllerGetDesiredSize(stream[kState].controller);
}

function writableStreamDefaultWriterRelease(writer) {
  const stream = writer[kState].stream;
  const releasedError = invalidState('Writer has been released');
  writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, releasedError);
  writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, releasedError);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writableStreamDefaultWriterWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const controller = stream[kState].controller;
  const chunkSize = writableStreamDefaultControllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) {
    return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
  }
  const { state } = stream[kState];
  if (state === 'errored') return Promise.reject(stream[kState].storedError);
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return Promise.reject(invalidState('WritableStream is closed'));
  }
  if (state === 'erroring') return Promise.reject(stream[kState].storedError);
  const promise = writableStreamAddWriteRequest(stream);
  writableStreamDefaultControllerWrite(controller, chunk, chunkSize);
  return promise;
}

// -- the controller ----------------------------------------------------------------------------------

const kAbort = Symbol('kAbort');
const kError = Symbol('kError');

class WritableStreamDefaultController {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get signal() {
    checkThis(this, 'WritableStreamDefaultController');
    return this[kState].abortController.signal;
  }

  error(error = undefined) {
    checkThis(this, 'WritableStreamDefaultController');
    if (this[kState].stream[kState].state !== 'writable') return;
    writableStreamDefaultControllerError(this, error);
  }

  [kAbort](reason) {
    const result = this[kState].abortAlgorithm(reason);
    writableStreamDefaultControllerClearAlgorithms(this);
    return result;
  }

  [kError]() {
    resetQueue(this[kState]);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, depth, options, 'WritableStreamDefaultController', {
      stream: this[kState].stream,
    });
  }
}

makeEnumerable(WritableStreamDefaultController, ['signal', 'error']);

function setUpWritableStreamDefaultControllerFromSink(stream, sink, highWaterMark, sizeAlgorithm) {
  const controller = Object.create(WritableStreamDefaultController.prototype);
  const { start, write, close, abort } = sink;
  for (const [name, fn] of [['start', start], ['write', write], ['close', close], ['abort', abort]]) {
    if (fn !== undefined && typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE(`sink.${name}`, 'Function', fn);
  }
  const startAlgorithm = start === undefined ? () => undefined : () => start.call(sink, controller);
  const writeAlgorithm = write === undefined
    ? () => Promise.resolve()
    : (chunk) => promiseCall(write, sink, chunk, controller);
  const closeAlgorithm = close === undefined ? () => Promise.resolve() : () => promiseCall(close, sink);
  const abortAlgorithm = abort === undefined ? () => Promise.resolve() : (reason) => promiseCall(abort, sink, reason);
  setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm,
    abortAlgorithm, highWaterMark, sizeAlgorithm);
}

function setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm,
  abortAlgorithm, highWaterMark, sizeAlgorithm) {
  controller[kType] = 'WritableStreamDefaultController';
  controller[kState] = {
    stream,
    queue: [],
    queueTotalSize: 0,
    abortController: new AbortController(),
    started: false,
    strategySizeAlgorithm: sizeAlgorithm,
    strategyHWM: highWaterMark,
    writeAlgorithm,
    closeAlgorithm,
    abortAlgorithm,
  };
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (error) => {
    if (stream[kState].state === 'writable') writableStreamDefaultControllerError(controller, error);
  };
  writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  const startResult = startAlgorithm();
  onSettled(resolvedWith(startResult), () => {
    controller[kState].started = true;
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (error) => {
    controller[kState].started = true;
    writableStreamDealWithRejection(stream, error);
  });
}

function writableStreamDefaultControllerClearAlgorithms(controller) {
  controller[kState].writeAlgorithm = undefined;
  controller[kState].closeAlgorithm = undefined;
  controller[kState].abortAlgorithm = undefined;
  controller[kState].strategySizeAlgorithm = undefined;
}

function writableStreamDefaultControllerClose(controller) {
  enqueueValueWithSize(controller[kState], kCloseSentinel, 0);
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerGetChunkSize(controller, chunk) {
  const { strategySizeAlgorithm } = controller[kState];
  if (strategySizeAlgorithm === undefined) return 1;
  try {
    return strategySizeAlgorithm(chunk);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return 1;
  }
}

function writableStreamDefaultControllerGetDesiredSize(controller) {
  return controller[kState].strategyHWM - controller[kState].queueTotalSize;
}

function writableStreamDefaultControllerWrite(controller, chunk, chunkSize) {
  try {
    enqueueValueWithSize(controller[kState], chunk, chunkSize);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return;
  }
  const stream = controller[kState].stream;
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  }
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerAdvanceQueueIfNeeded(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (!state.started || stream[kState].inFlightWriteRequest !== undefined) return;
  if (stream[kState].state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (state.queue.length === 0) return;
  const value = peekQueueValue(state);
  if (value === kCloseSentinel) writableStreamDefaultControllerProcessClose(controller);
  else writableStreamDefaultControllerProcessWrite(controller, value);
}

function writableStreamDefaultControllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') writableStreamDefaultControllerError(controller, error);
}

function writableStreamDefaultControllerProcessClose(controller) {
  const stream = controller[kState].stream;
  writableStreamMarkCloseRequestInFlight(stream);
  dequeueValue(controller[kState]);
  const sinkClosePromise = controller[kState].closeAlgorithm();
  writableStreamDefaultControllerClearAlgorithms(controller);
  onSettled(sinkClosePromise,
    () => writableStreamFinishInFlightClose(stream),
    (reason) => writableStreamFinishInFlightCloseWithError(stream, reason));
}

function writableStreamDefaultControllerProcessWrite(controller, chunk) {
  const stream = controller[kState].stream;
  writableStreamMarkFirstWriteRequestInFlight(stream);
  const sinkWritePromise = controller[kState].writeAlgorithm(chunk);
  onSettled(sinkWritePromise, () => {
    writableStreamFinishInFlightWrite(stream);
    const { state } = stream[kState];
    dequeueValue(controller[kState]);
    if (!writableStreamCloseQueuedOrInFlight(stream) && state === 'writable') {
      writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
    }
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    if (stream[kState].state === 'writable') writableStreamDefaultControllerClearAlgorithms(controller);
    writableStreamFinishInFlightWriteWithError(stream, reason);
  });
}

function writableStreamDefaultControllerGetBackpressure(controller) {
  return writableStreamDefaultControllerGetDesiredSize(controller) <= 0;
}

function writableStreamDefaultControllerError(controller, error) {
  const stream = controller[kState].stream;
  writableStreamDefaultControllerClearAlgorithms(controller);
  writableStreamStartErroring(stream, error);
}

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  isWritableStream,
  isWritableStreamLocked,
  createWritableStream,
  acquireWritableStreamDefaultWriter,
  writableStreamAbort,
  writableStreamClose,
  writableStreamCloseQueuedOrInFlight,
  writableStreamDefaultWriterCloseWithErrorPropagation,
  writableStreamDefaultWriterRelease,
  writableStreamDefaultWriterWrite,
  writableStreamDefaultControllerErrorIfNeeded,
  writableStreamDealWithRejection,
  writableStreamStartErroring,
  writableStreamUpdateBackpressure,
};
