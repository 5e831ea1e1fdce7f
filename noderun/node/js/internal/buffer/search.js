'use strict';
// indexOf / lastIndexOf / includes for Buffers: a byte, a string (encoded first) or bytes, from a
// byteOffset, with node's rules for negative and out-of-range offsets and its UTF-16 quirks.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING } } = require('internal/errors');
const { encodingOps, getEncodingOps } = require('internal/buffer/codecs');
const { isUint8Array, bytesOf } = require('internal/buffer/checks');

const typedIndexOf = Uint8Array.prototype.indexOf;
const typedLastIndexOf = Uint8Array.prototype.lastIndexOf;

// Where a search starts, given node's rules for negative and out-of-range offsets; -1: no match.
function searchStart(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

function matchesAt(haystack, needle, at) {
  for (let j = 1; j < needle.length; j++) {
    if (haystack[at + j] !== needle[j]) return false;
  }
  return true;
}

// Finds `needle` in `haystack` at positions that are multiples of `step`. `notFound` is what a
// scan that ran and failed returns (node's UTF-16 search of an odd-length haystack answers
// length - 1 there).
function searchBytes(haystack, needle, offset, forward, step, notFound = -1) {
  const haystackLength = haystack.length;
  const needleLength = needle.length;
  const start = searchStart(haystackLength, offset, needleLength, forward);
  if (needleLength === 0) return start;
  if (haystackLength === 0 || start <= -1) return -1;
  if ((forward && needleLength + start > haystackLength) || needleLength > haystackLength) return -1;
  const first = needle[0];
  const last = haystackLength - needleLength;
  if (forward) {
    for (let i = step === 2 ? start - (start & 1) : start; i <= last; i += step) {
      if (step === 1) {
        i = typedIndexOf.call(haystack, first, i);   // native scan to the next candidate
        if (i === -1 || i > last) return notFound;
      } else if (haystack[i] !== first) {
        continue;
      }
      if (matchesAt(haystack, needle, i)) return i;
    }
  } else {
    let i = Math.min(start, last);
    if (step === 2) i -= i & 1;
    for (; i >= 0; i -= step) {
      if (step === 1) {
        i = typedLastIndexOf.call(haystack, first, i);
        if (i === -1) return notFound;
      } else if (haystack[i] !== first) {
        continue;
      }
      if (matchesAt(haystack, needle, i)) return i;
    }
  }
  return notFound;
}

function encodeNeedle(string, ops) {
  const bytes = new Uint8Array(ops.byteLength(string));
  return bytes.subarray(0, ops.write(bytes, string, 0, bytes.length));
}

function bidirectionalIndexOf(buffer, value, byteOffset, encoding, forward) {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = Math.trunc(byteOffset);
  const haystack = bytesOf(buffer);

  if (typeof value === 'number') {
    const start = searchStart(haystack.length, byteOffset, 1, forward);
    if (start <= -1 || haystack.length === 0) return -1;
    const byte = (value >>> 0) & 0xff;
    return forward ? typedIndexOf.call(haystack, byte, start) : typedLastIndexOf.call(haystack, byte, start);
  }
  const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
  const wide = ops !== undefined && ops.name === 'utf16le';
  if (typeof value === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    const needle = encodeNeedle(value, ops);
    if (!wide) return searchBytes(haystack, needle, byteOffset, forward, 1);
    // a string is looked for in whole UTF-16 units: a trailing odd byte is not searched
    return searchBytes(haystack.subarray(0, haystack.length & ~1), needle, byteOffset, forward, 2);
  }
  if (isUint8Array(value)) {
    if (!wide) return searchBytes(haystack, value, byteOffset, forward, 1);
    if ((haystack.length < 2 || value.length < 2) && value.length !== 0) return -1;
    const length = haystack.length;
    return searchBytes(haystack, value, byteOffset, forward, 2, length % 2 === 1 ? length - 1 : -1);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
}

module.exports = { bidirectionalIndexOf };
