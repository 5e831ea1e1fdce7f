'use strict';
// Buffer.prototype.fill (and Buffer.alloc's fill): a number, a string in any encoding, or bytes,
// repeated over a range, with node's argument rules and errors.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { encodingOps, normalizeEncoding } = require('internal/buffer/codecs');
const { isUint8Array, bytesOf, validateOffset } = require('internal/buffer/checks');

// Buffer.prototype overrides fill; these need the plain typed-array one
const typedArrayFill = Uint8Array.prototype.fill;

function fillBuffer(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      // a single char that is a single byte fills like a number
      const code = value.charCodeAt(0);
      if ((normalized === 'utf8' && code < 128) || normalized === 'latin1') value = code;
    }
    encoding = normalized;
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    typedArrayFill.call(buf, value, offset, end);
    return buf;
  }
  const pattern = fillPattern(value, encoding, end - offset);
  if (pattern === undefined) {
    // neither a string nor bytes: node fills with the low byte of the value's uint32 conversion
    typedArrayFill.call(buf, (Number(value) >>> 0) & 0xff, offset, end);
    return buf;
  }
  if (pattern.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  repeatPattern(buf, pattern, offset, end);
  return buf;
}

// The bytes a fill value repeats: for utf8 and utf16le partial characters are allowed (node copies
// the encoded bytes, cut at the fill length); other encodings keep only whole units.
function fillPattern(value, encoding, fillLength) {
  if (isUint8Array(value)) return value;
  if (ArrayBuffer.isView(value)) return bytesOf(value);
  if (typeof value !== 'string') return undefined;
  const ops = encodingOps[encoding];
  if (encoding === 'utf8' || encoding === 'utf16le') {
    const bytes = new Uint8Array(ops.byteLength(value));
    ops.write(bytes, value, 0, bytes.length);
    return bytes;
  }
  const bytes = new Uint8Array(Math.min(ops.byteLength(value), fillLength));
  return bytes.subarray(0, ops.write(bytes, value, 0, bytes.length));
}

function repeatPattern(buf, pattern, offset, end) {
  const length = end - offset;
  const first = Math.min(pattern.length, length);
  buf.set(first === pattern.length ? pattern : pattern.subarray(0, first), offset);
  // double the filled region each step: O(log n) native copies
  let filled = first;
  while (filled < length) {
    const chunk = Math.min(filled, length - filled);
    buf.copyWithin(offset + filled, offset, offset + chunk);
    filled += chunk;
  }
}

module.exports = { fillBuffer };
