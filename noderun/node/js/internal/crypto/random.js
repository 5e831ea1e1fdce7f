'use strict';
// Random values from the host's os.urandom: randomBytes, randomFill(Sync), randomInt, randomUUID
// and Web Crypto's getRandomValues. The asynchronous forms call back from the event loop, as node's
// thread-pool versions do.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateFunction, validateNumber, validateObject, validateBoolean } = require('internal/validators');
const { asBuffer } = require('internal/process/as_buffer');
const { byteView } = require('internal/crypto/util');
const threadpool = require('internal/threadpool');

const kMaxLength = 2 ** 31 - 1;
const kMaxRandomInt = 2 ** 48 - 1;

function validateSize(size, name, max = kMaxLength) {
  validateNumber(size, name);
  if (Number.isNaN(size) || size < 0 || size > max) throw new ERR_OUT_OF_RANGE(name, `>= 0 && <= ${max}`, size);
}

function randomBytes(size, callback) {
  validateSize(size, 'size');
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (callback === undefined) return asBuffer(host.randomBytes(Math.floor(size)));
  threadpool.queue('randomBytes', [Math.floor(size)], (error, bytes) => {
    if (error) callback(error);
    else callback(null, asBuffer(bytes));
  });
}

function fillTarget(buf) {
  const view = byteView(buf);
  if (view === null) throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  return view;
}

function fillRange(view, offset = 0, size = view.length - offset) {
  validateSize(offset, 'offset', view.length);
  validateSize(size, 'size', view.length - offset);
  return [offset, size];
}

function randomFillSync(buf, offset, size) {
  const view = fillTarget(buf);
  const [start, count] = fillRange(view, offset, size);
  view.set(host.randomBytes(count), start);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  const view = fillTarget(buf);
  if (typeof offset === 'function') {
    callback = offset;
    offset = undefined;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  validateFunction(callback, 'callback');
  const [start, count] = fillRange(view, offset, size);
  threadpool.queue('randomBytes', [count], (error, bytes) => {
    if (error) {
      callback(error);
      return;
    }
    view.set(bytes, start);
    callback(null, buf);
  });
}

function validateSafeInteger(value, name) {
  if (!Number.isSafeInteger(value)) throw new ERR_INVALID_ARG_TYPE(name, 'a safe integer', value);
}

// An integer uniformly drawn from [min, max): 48 random bits, redrawn above the last whole range.
function drawInteger(min, range) {
  const limit = kMaxRandomInt + 1 - ((kMaxRandomInt + 1) % range);
  for (;;) {
    const b = host.randomBytes(6);
    const x = ((b[0] * 256 + b[1]) * 256 + b[2]) * 2 ** 24 + ((b[3] << 16) | (b[4] << 8) | b[5]);
    if (x < limit) return min + (x % range);
  }
}

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  validateSafeInteger(min, 'min');
  validateSafeInteger(max, 'max');
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= kMaxRandomInt)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${kMaxRandomInt}`, range);
  }
  const value = drawInteger(min, range);
  if (isSync) return value;
  setImmediate(callback, undefined, value);   // node passes no error argument value here
}

const hex = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function randomUUID(options) {
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.disableEntropyCache !== undefined) {
      validateBoolean(options.disableEntropyCache, 'options.disableEntropyCache');
    }
  }
  const b = host.randomBytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;   // version 4
  b[8] = (b[8] & 0x3f) | 0x80;   // RFC 4122 variant
  return `${hex[b[0]]}${hex[b[1]]}${hex[b[2]]}${hex[b[3]]}-${hex[b[4]]}${hex[b[5]]}-${hex[b[6]]}${hex[b[7]]}-` +
    `${hex[b[8]]}${hex[b[9]]}-${hex[b[10]]}${hex[b[11]]}${hex[b[12]]}${hex[b[13]]}${hex[b[14]]}${hex[b[15]]}`;
}

let DOMException;
function domException(message, name) {
  DOMException ??= require('internal/dom_exception').DOMException;
  return new DOMException(message, name);
}

const kIntegerArrays = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, BigInt64Array, BigUint64Array];

function isIntegerTypedArray(data) {
  return kIntegerArrays.some((Type) => data instanceof Type);
}

function getRandomValues(data) {
  if (arguments.length < 1) {
    const err = new TypeError(
      "Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.");
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  if (!isIntegerTypedArray(data)) {
    throw domException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  byteView(data).set(host.randomBytes(data.byteLength));
  return data;
}

module.exports = { randomBytes, randomFill, randomFillSync, randomInt, randomUUID, getRandomValues };
