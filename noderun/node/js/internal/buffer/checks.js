'use strict';
// Brand checks on binary data that hold across subclasses (a Buffer is a Uint8Array) and do not
// trust `instanceof` or a spoofed Symbol.toStringTag: they ask the engine's own getters. Also the
// integer check Buffer methods apply to offsets and lengths.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = require('internal/errors');

// node 24 (V8 13 without its sandbox) allows buffers up to 2 ** 53 - 1 bytes; the engine refuses
// more than 2 GiB - 1 sooner (README, Known differences)
const kMaxLength = Number.MAX_SAFE_INTEGER;

const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const sharedByteLength = typeof SharedArrayBuffer === 'function'
  ? Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get
  : undefined;

function isTypedArray(value) {
  return typedArrayTag.call(value) !== undefined;
}

function isUint8Array(value) {
  return typedArrayTag.call(value) === 'Uint8Array';
}

function isArrayBuffer(value) {
  if (value === null || typeof value !== 'object') return false;
  try {
    arrayBufferByteLength.call(value);
    return true;
  } catch {
    return false;
  }
}

function isSharedArrayBuffer(value) {
  if (sharedByteLength === undefined || value === null || typeof value !== 'object') return false;
  try {
    sharedByteLength.call(value);
    return true;
  } catch {
    return false;
  }
}

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

// The bytes of any ArrayBufferView (a DataView or a typed array of any element type) or buffer.
function bytesOf(value) {
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return new Uint8Array(value);
}

// An integer in [min, max], with node's messages.
function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

module.exports = {
  kMaxLength, validateOffset,
  isTypedArray, isUint8Array, isArrayBuffer, isSharedArrayBuffer, isAnyArrayBuffer, bytesOf,
};
