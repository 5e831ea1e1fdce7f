'use strict';
// What the WHATWG Streams classes share: queues with sizes, strategy checks, promise helpers,
// the inspect layout node prints them with, and node's error codes for them.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_INVALID_THIS },
} = require('internal/errors');

const kState = Symbol('kState');
const kType = Symbol('kType');
// what node's stream helpers (finished, addAbortSignal) use on web streams: a promise settled when
// the stream closes or errors, and a function that errors the stream
const kIsClosedPromise = Symbol('kIsClosedPromise');
const kControllerErrorFunction = Symbol('kControllerErrorFunction');

let inspectFn;
function customInspect(self, depth, options, name, data) {
  if (depth < 0) return self;
  inspectFn ??= require('internal/util/inspect').inspect;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspectFn(data, opts)}`;
}

// -- promises -----------------------------------------------------------------------------------

// a promise with its resolving functions and whether it is still pending (the standard asks)
function createDeferred() {
  const deferred = { promise: undefined, resolve: undefined, reject: undefined, pending: true };
  deferred.promise = new Promise((resolve, reject) => {
    deferred.resolve = (value) => {
      deferred.pending = false;
      resolve(value);
    };
    deferred.reject = (reason) => {
      deferred.pending = false;
      reject(reason);
    };
  });
  return deferred;
}

function setPromiseHandled(promise) {
  promise.then(undefined, () => {});
}

// "Upon fulfillment / rejection" without marking the result as unhandled
function onSettled(promise, onFulfilled, onRejected) {
  setPromiseHandled(promise.then(onFulfilled, onRejected));
}

// Calls a source's, sink's or transformer's method and gives its result as a promise. Node 24
// settles it as an async function's result would (a returned promise takes two more microtask
// turns than a plain value), and the order of events programs see depends on that.
async function promiseCall(fn, thisArg, ...args) {
  return fn.call(thisArg, ...args);
}

// "A promise resolved with" a start algorithm's result, as node 24 makes it: a returned promise
// is adopted through a new promise (two more microtask turns), a plain value resolves at once.
function resolvedWith(value) {
  return new Promise((resolve) => resolve(value));
}

// -- queues with sizes -----------------------------------------------------------------------------

function resetQueue(container) {
  container.queue = [];
  container.queueTotalSize = 0;
}

function enqueueValueWithSize(container, value, size) {
  if (typeof size !== 'number' || Number.isNaN(size) || size < 0 || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  container.queue.push({ value, size });
  container.queueTotalSize += size;
}

function dequeueValue(container) {
  const { value, size } = container.queue.shift();
  container.queueTotalSize = Math.max(0, container.queueTotalSize - size);
  return value;
}

function peekQueueValue(container) {
  return container.queue[0].value;
}

// -- strategies --------------------------------------------------------------------------------------

function extractHighWaterMark(value, defaultValue) {
  if (value === undefined) return defaultValue;
  value = Number(value);
  if (Number.isNaN(value) || value < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', value);
  }
  return value;
}

function extractSizeAlgorithm(size) {
  if (size === undefined) return () => 1;
  if (typeof size !== 'function') throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  return (chunk) => size(chunk);
}

// -- checks ------------------------------------------------------------------------------------------

// node's check of a source, sink, transformer or strategy argument: an object (or function), or null
function validateOptionalObject(value, name) {
  if (value !== undefined && value !== null && typeof value !== 'object' && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'object', value);
  }
}

function isBrand(value, brand) {
  return value !== null && typeof value === 'object' && value[kType] === brand;
}

function checkThis(value, brand) {
  if (!isBrand(value, brand)) throw new ERR_INVALID_THIS(brand);
}

function rejectThis(brand) {
  return Promise.reject(new ERR_INVALID_THIS(brand));
}

function invalidState(message) {
  return new ERR_INVALID_STATE.TypeError(message);
}

function isDetached(buffer) {
  return buffer.detached === true;   // (a SharedArrayBuffer has no `detached`: never)
}

// "transfer an ArrayBuffer": the same bytes in a new buffer, the old one detached
function transferArrayBuffer(buffer) {
  return buffer.transfer();
}

function copyDataBlockBytes(toBuffer, toIndex, fromBuffer, fromIndex, count) {
  new Uint8Array(toBuffer, toIndex, count).set(new Uint8Array(fromBuffer, fromIndex, count));
}

function cloneAsUint8Array(view) {
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

// WebIDL's enumerable members, and the toStringTag (which node's encoding streams lack)
function makeEnumerable(constructor, names, withTag = true) {
  for (const name of names) Object.defineProperty(constructor.prototype, name, { enumerable: true });
  if (withTag) {
    Object.defineProperty(constructor.prototype, Symbol.toStringTag, { value: constructor.name, configurable: true });
  }
}

module.exports = {
  kState,
  kType,
  kIsClosedPromise,
  kControllerErrorFunction,
  customInspect,
  createDeferred,
  setPromiseHandled,
  onSettled,
  promiseCall,
  resolvedWith,
  resetQueue,
  enqueueValueWithSize,
  dequeueValue,
  peekQueueValue,
  extractHighWaterMark,
  extractSizeAlgorithm,
  validateOptionalObject,
  isBrand,
  checkThis,
  rejectThis,
  invalidState,
  isDetached,
  transferArrayBuffer,
  copyDataBlockBytes,
  cloneAsUint8Array,
  makeEnumerable,
};
