'use strict';
// What the crypto modules share: turning node's accepted inputs (string, Buffer, TypedArray,
// DataView, ArrayBuffer) into what the host takes (a string or a Uint8Array view, no copy), and
// the error shapes node's C++ layer throws.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

// A Uint8Array over the bytes of any ArrayBufferView or ArrayBuffer; null for anything else.
function byteView(value) {
  if (value instanceof Uint8Array) return value;
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer)) {
    return new Uint8Array(value);
  }
  return null;
}

// `data` for hash/hmac updates and one-shot digests: a string or the bytes of a view.
function dataArgument(data, name, allowArrayBuffer = false) {
  if (typeof data === 'string') return data;
  if (ArrayBuffer.isView(data) || (allowArrayBuffer && data instanceof ArrayBuffer)) return byteView(data);
  const expected = allowArrayBuffer
    ? ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']
    : ['string', 'Buffer', 'TypedArray', 'DataView'];
  throw new ERR_INVALID_ARG_TYPE(name, expected, data);
}

// A node error whose message is given whole (node's C++ layer words some messages its own way).
function errorWithMessage(NodeErrorClass, message, ...args) {
  const err = new NodeErrorClass(...args);
  err.message = message;
  Error.captureStackTrace(err, errorWithMessage);
  return err;
}

// OpenSSL's security level of a secure context made with the defaults (the system's configuration)
function getOpenSSLSecLevel() {
  return host.tlsSecurityLevel();
}

module.exports = { byteView, dataArgument, errorWithMessage, getOpenSSLSecLevel };
