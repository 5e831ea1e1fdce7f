'use strict';
// buffer.isUtf8 and buffer.isAscii.

const { codes: { ERR_INVALID_ARG_TYPE }, fromHost } = require('internal/errors');
const { binaryFromBytes } = require('internal/buffer/codecs');
const { isTypedArray, isAnyArrayBuffer, bytesOf } = require('internal/buffer/checks');

function checkValidatable(input) {
  if (!isTypedArray(input) && !isAnyArrayBuffer(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  const backing = isTypedArray(input) ? input.buffer : input;
  if (backing.detached) {
    // node throws this one from C++, without the "Invalid state: " of its JS template
    throw fromHost('Error', 'ERR_INVALID_STATE', 'Cannot validate on a detached buffer');
  }
  return bytesOf(input);
}

function isAscii(input) {
  const bytes = checkValidatable(input);
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] & 0x80) return false;
  }
  return true;
}

function isUtf8(input) {
  const bytes = checkValidatable(input);
  const binary = binaryFromBytes(bytes, 0, bytes.length);
  try {
    // the engine's decoder rejects exactly the ill-formed sequences (overlong, surrogates, > U+10FFFF)
    decodeURIComponent(escape(binary));
    return true;
  } catch {
    return false;
  }
}

module.exports = { isUtf8, isAscii };
