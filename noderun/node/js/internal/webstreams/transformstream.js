'use strict';
// TransformStream of the WHATWG Streams standard and its controller: a writable side whose chunks
// a transformer turns into chunks of a readable side. Errors and inspect output are node 24's.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const {
  kState, kType, customInspect, createDeferred, onSettled, promiseCall, extractHighWaterMark,
  extractSizeAlgorithm, validateOptionalObject, checkThis, invalidState, makeEnumerable,
} = require('internal/webstreams/util');
const readable = require('internal/webstreams/readablestream');
const writable = require('internal/webstreams/writablestream');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

class TransformStream {
  constructor(transformer = null, writableStrategy = {}, readableStrategy = {}) {
    validateOptionalObject(transformer, 'transformer');
    validateOptionalObject(writableStrategy, 'writableStrategy');
    validateOptionalObject(readableStrategy, 'readableStrategy');
    transformer ??= {};
    writableStrategy ??= {};
    readableStrategy ??= {};
    if (transformer.readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', transformer.readableType);
    }
    if (transformer.writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', transformer.writableType);
    }
    const readableHighWaterMark = extractHighWaterMark(readableStrategy.highWaterMark, 0);
    const readableSizeAlgorithm = extractSizeAlgorithm(readableStrategy.size);
    const writableHighWaterMark = extractHighWaterMark(writableStrategy.highWaterMark, 1);
    const writableSizeAlgorithm = extractSizeAlgorithm(writableStrategy.size);
    this[kType] = 'TransformStream';
    const startPromise = createDeferred();
    initializeTransformStream(this, startPromise.promise, writableHighWaterMark, writableSizeAlgorithm,
      readableHighWaterMark, readableSizeAlgorithm);
    setUpTransformStreamDefaultControllerFromTransformer(this, transformer);
    const start = transformer.start;
    if (start !== undefined) {
      if (typeof start !== 'function') throw new ERR_INVALID_ARG_TYPE('transformer.start', 'Function', start);
      startPromise.resolve(start.call(transformer, this[kState].controller));
    } else {
      startPromise.resolve();
    }
  }

  get readable() {
    checkThis(this, 'TransformStream');
    return this[kState].readable;
  }

  get writable() {
    checkThis(this, 'TransformStream');
    return this[kState].writable;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, depth, options, 'TransformStream', {
      readable: this[kState].readable,
      writable: this[kState].writable,
      backpressure: this[kState].backpressure,
    });
  }
}

makeEnumerable(TransformStream, ['readable', 'writable']);

function initializeTransformStream(stream, startPromise, writableHighWaterMark, writableSizeAlgorithm,
  readableHighWaterMark, readableSizeAlgorithm) {
  stream[kState] = {
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChange: undefined,
    controller: undefined,
  };
  const startAlgorithm = () => startPromise;
  stream[kState].writable = writable.createWritableStream(startAlgorithm,
    (chunk) => transformStreamDefaultSinkWriteAlgorithm(stream, chunk),
    () => transformStreamDefaultSinkCloseAlgorithm(stream),
    (reason) => transformStreamDefaultSinkAbortAlgorithm(stream, reason),
    writableHighWaterMark, writableSizeAlgorithm);
  stream[kState].readable = readable.createReadableStream(startAlgorithm,
    () => transformStreamDefaultSourcePullAlgorithm(stream),
    (reason) => transformStreamDefaultSourceCancelAlgorithm(stream, reason),
    readableHighWaterMark, readableSizeAlgorithm);
  stream[kState].backpressure = undefined;
  stream[kState].backpressureChange = undefined;
  transformStreamSetBackpressure(stream, true);
}

function transformStreamError(stream, error) {
  readable.readableStreamDefaultControllerError(stream[kState].readable[kState].controller, error);
  transformStreamErrorWritableAndUnblockWrite(stream, error);
}

function transformStreamErrorWritableAndUnblockWrite(stream, error) {
  transformStreamDefaultControllerClearAlgorithms(stream[kState].controller);
  writable.writableStreamDefaultControllerErrorIfNeeded(stream[kState].writable[kState].controller, error);
  transformStreamUnblockWrite(stream);
}

function transformStreamUnblockWrite(stream) {
  if (stream[kState].backpressure) transformStreamSetBackpressure(stream, false);
}

function transformStreamSetBackpressure(stream, backpressure) {
  if (stream[kState].backpressureChange !== undefined) stream[kState].backpressureChange.resolve();
  stream[kState].backpressureChange = createDeferred();
  stream[kState].backpressure = backpressure;
}

// -- the controller ----------------------------------------------------------------------------------

class TransformStreamDefaultController {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    checkThis(this, 'TransformStreamDefaultController');
    const readableController = this[kState].stream[kState].readable[kState].controller;
    return readable.readableStreamDefaultControllerGetDesiredSize(readableController);
  }

  enqueue(chunk = undefined) {
    checkThis(this, 'TransformStreamDefaultController');
    transformStreamDefaultControllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    checkThis(this, 'TransformStreamDefaultController');
    transformStreamError(this[kState].stream, reason);
  }

  terminate() {
    checkThis(this, 'TransformStreamDefaultController');
    transformStreamDefaultControllerTerminate(this);
  }

  [customInspectSymbol](depth, options) {
    // node 24 prints the controller's stream with its readable and writable sides undefined (they
    // print in full anywhere else); this stand-in prints it that way
    const stream = this[kState].stream;
    return customInspect(this, depth, options, 'TransformStreamDefaultController', {
      stream: {
        [customInspectSymbol]: (innerDepth, innerOptions) => customInspect(stream, innerDepth, innerOptions,
          'TransformStream', { readable: undefined, writable: undefined, backpressure: stream[kState].backpressure }),
      },
    });
  }
}

makeEnumerable(TransformStreamDefaultController, ['desiredSize', 'enqueue', 'error', 'terminate']);

function setUpTransformStreamDefaultControllerFromTransformer(stream, transformer) {
  const controller = Object.create(TransformStreamDefaultController.prototype);
  const { transform, flush, cancel } = transformer;
  for (const [name, fn] of [['transform', transform], ['flush', flush], ['cancel', cancel]]) {
    if (fn !== undefined && typeof fn !== 'function') {
      throw new ERR_INVALID_ARG_TYPE(`transformer.${name}`, 'Function', fn);
    }
  }
  const transformAlgorithm = transform === undefined
    ? (chunk) => {
      try {
        transformStreamDefaultControllerEnqueue(controller, chunk);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error);
      }
    }
    : (chunk) => promiseCall(transform, transformer, chunk, controller);
  const flushAlgorithm = flush === undefined ? () => Promise.resolve() : () => promiseCall(flush, transformer, controller);
  const cancelAlgorithm = cancel === undefined
    ? () => Promise.resolve()
    : (reason) => promiseCall(cancel, transformer, reason);
  setUpTransformStreamDefaultController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm);
}

// TransformStream's setup for the other builtins (TextEncoderStream, ...): algorithms, no transformer
function createTransformStream(transformAlgorithm, flushAlgorithm, cancelAlgorithm = () => Promise.resolve()) {
  const stream = Object.create(TransformStream.prototype);
  stream[kType] = 'TransformStream';
  const startPromise = createDeferred();
  initializeTransformStream(stream, startPromise.promise, 1, () => 1, 0, () => 1);
  const controller = Object.create(TransformStreamDefaultController.prototype);
  setUpTransformStreamDefaultController(stream, controller, (chunk) => promiseCall(transformAlgorithm, undefined,
    chunk, controller), () => promiseCall(flushAlgorithm, undefined, controller), cancelAlgorithm);
  startPromise.resolve();
  return stream;
}

function setUpTransformStreamDefaultController(stream, controller, transformAlgorithm, flushAlgorithm,
  cancelAlgorithm) {
  controller[kType] = 'TransformStreamDefaultController';
  controller[kState] = {
    stream,
    transformAlgorithm,
    flushAlgorithm,
    cancelAlgorithm,
    finishPromise: undefined,
  };
  stream[kState].controller = controller;
}

function transformStreamDefaultControllerClearAlgorithms(controller) {
  controller[kState].transformAlgorithm = undefined;
  controller[kState].flushAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
}

function transformStreamDefaultControllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const readableController = stream[kState].readable[kState].controller;
  if (!readable.readableStreamDefaultControllerCanCloseOrEnqueue(readableController)) {
    throw invalidState('Unable to enqueue');
  }
  try {
    readable.readableStreamDefaultControllerEnqueue(readableController, chunk);
  } catch (error) {
    transformStreamErrorWritableAndUnblockWrite(stream, error);
    throw stream[kState].readable[kState].storedError;
  }
  const backpressure = readable.readableStreamDefaultControllerHasBackpressure(readableController);
  if (backpressure !== stream[kState].backpressure) transformStreamSetBackpressure(stream, true);
}

function transformStreamDefaultControllerPerformTransform(controller, chunk) {
  const transformPromise = controller[kState].transformAlgorithm(chunk);
  return transformPromise.then(undefined, (error) => {
    transformStreamError(controller[kState].stream, error);
    throw error;
  });
}

function transformStreamDefaultControllerTerminate(controller) {
  const stream = controller[kState].stream;
  readable.readableStreamDefaultControllerClose(stream[kState].readable[kState].controller);
  transformStreamErrorWritableAndUnblockWrite(stream, invalidState('TransformStream has been terminated'));
}

// -- the sink and source algorithms ----------------------------------------------------------------

function transformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
  const controller = stream[kState].controller;
  if (stream[kState].backpressure) {
    const backpressureChangePromise = stream[kState].backpressureChange.promise;
    return backpressureChangePromise.then(() => {
      const writableSide = stream[kState].writable;
      if (writableSide[kState].state === 'erroring') throw writableSide[kState].storedError;
      return transformStreamDefaultControllerPerformTransform(controller, chunk);
    });
  }
  return transformStreamDefaultControllerPerformTransform(controller, chunk);
}

function transformStreamDefaultSinkAbortAlgorithm(stream, reason) {
  const controller = stream[kState].controller;
  if (controller[kState].finishPromise !== undefined) return controller[kState].finishPromise.promise;
  const readableSide = stream[kState].readable;
  controller[kState].finishPromise = createDeferred();
  const finish = controller[kState].finishPromise;
  const cancelPromise = controller[kState].cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(controller);
  onSettled(cancelPromise, () => {
    if (readableSide[kState].state === 'errored') {
      finish.reject(readableSide[kState].storedError);
    } else {
      readable.readableStreamDefaultControllerError(readableSide[kState].controller, reason);
      finish.resolve();
    }
  }, (error) => {
    readable.readableStreamDefaultControllerError(readableSide[kState].controller, error);
    finish.reject(error);
  });
  return finish.promise;
}

function transformStreamDefaultSinkCloseAlgorithm(stream) {
  const controller = stream[kState].controller;
  if (controller[kState].finishPromise !== undefined) return controller[kState].finishPromise.promise;
  const readableSide = stream[kState].readable;
  controller[kState].finishPromise = createDeferred();
  const finish = controller[kState].finishPromise;
  const flushPromise = controller[kState].flushAlgorithm();
  transformStreamDefaultControllerClearAlgorithms(controller);
  onSettled(flushPromise, () => {
    if (readableSide[kState].state === 'errored') {
      finish.reject(readableSide[kState].storedError);
    } else {
      readable.readableStreamDefaultControllerClose(readableSide[kState].controller);
      finish.resolve();
    }
  }, (error) => {
    readable.readableStreamDefaultControllerError(readableSide[kState].controller, error);
    finish.reject(error);
  });
  return finish.promise;
}

function transformStreamDefaultSourcePullAlgorithm(stream) {
  transformStreamSetBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

function transformStreamDefaultSourceCancelAlgorithm(stream, reason) {
  const controller = stream[kState].controller;
  if (controller[kState].finishPromise !== undefined) return controller[kState].finishPromise.promise;
  const writableSide = stream[kState].writable;
  controller[kState].finishPromise = createDeferred();
  const finish = controller[kState].finishPromise;
  const cancelPromise = controller[kState].cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(controller);
  onSettled(cancelPromise, () => {
    if (writableSide[kState].state === 'errored') {
      finish.reject(writableSide[kState].storedError);
    } else {
      writable.writableStreamDefaultControllerErrorIfNeeded(writableSide[kState].controller, reason);
      transformStreamUnblockWrite(stream);
      finish.resolve();
    }
  }, (error) => {
    writable.writableStreamDefaultControllerErrorIfNeeded(writableSide[kState].controller, error);
    transformStreamUnblockWrite(stream);
    finish.reject(error);
  });
  return finish.promise;
}

// A TransformStream made of two given sides (a transferred one: its transform runs elsewhere)
function transformStreamFromSides(readableSide, writableSide) {
  const stream = Object.create(TransformStream.prototype);
  stream[kType] = 'TransformStream';
  stream[kState] = {
    readable: readableSide, writable: writableSide, backpressure: undefined, backpressureChange: undefined,
    controller: undefined,
  };
  return stream;
}

module.exports = { TransformStream, TransformStreamDefaultController, createTransformStream, transformStreamFromSides };
