'use strict';
// node:string_decoder. A StringDecoder turns a stream of byte chunks into text without splitting
// characters: the bytes of a character cut by a chunk boundary (UTF-8 sequences, UTF-16 units and
// surrogate pairs, base64 groups) wait in a 4-byte area until the next chunk completes them.
// The state lives in a 7-byte Buffer laid out as node's native decoder keeps it (inspecting a
// decoder shows it): bytes 0-3 the incomplete character, 4 the bytes still missing, 5 the bytes
// buffered, 6 node's number for the encoding.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');
const { Buffer } = require('buffer');
const { encodingOps, normalizeEncoding: canonicalEncoding } = require('internal/buffer/codecs');
const { bytesOf } = require('internal/buffer/checks');

const kNativeDecoder = Symbol('kNativeDecoder');
const kIncompleteEnd = 4;
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;

// node's enum encoding values
const encodingIds = { utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7, ascii: 0 };

function normalizeEncoding(encoding) {
  const canonical = canonicalEncoding(encoding);
  if (canonical === undefined) {
    // a program that replaced Buffer.isEncoding may accept more names
    if (Buffer.isEncoding === isEncodingOriginal || !Buffer.isEncoding(encoding)) {
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    return encoding;
  }
  return canonical;
}
const isEncodingOriginal = Buffer.isEncoding;

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  const state = Buffer.alloc(kSize);
  state[kEncodingField] = encodingIds[this.encoding] ?? 1;
  this[kNativeDecoder] = state;
}

function opsOf(decoder) {
  return encodingOps[decoder.encoding] ?? encodingOps.utf8;
}

// Bytes from the end of `bytes` that begin a character the chunk does not finish, and how many
// more that character needs: [buffered, missing].
function incompleteTail(encoding, bytes) {
  const length = bytes.length;
  if (encoding === 'utf8') {
    if (!(bytes[length - 1] & 0x80)) return [0, 0];
    let buffered = 0;
    for (let i = length - 1; ; i--) {
      buffered++;
      const byte = bytes[i];
      if ((byte & 0xc0) === 0x80) {
        // a continuation byte: keep looking for its lead, but not past 3 of them or the start
        if (buffered >= 4 || i === 0) return [0, 0];
        continue;
      }
      let total;
      if ((byte & 0xe0) === 0xc0) total = 2;
      else if ((byte & 0xf0) === 0xe0) total = 3;
      else if ((byte & 0xf8) === 0xf0) total = 4;
      else return [0, 0];   // not a lead byte of any length
      if (buffered >= total) return [0, 0];   // complete (or invalid anyway): decode it now
      return [buffered, total - buffered];
    }
  }
  if (encoding === 'utf16le') {
    if (length % 2 === 1) return [1, 1];
    if ((bytes[length - 1] & 0xfc) === 0xd8) return [2, 2];   // a high surrogate waits for its pair
    return [0, 0];
  }
  if (encoding === 'base64' || encoding === 'base64url') {
    const buffered = length % 3;
    return [buffered, buffered > 0 ? 3 - buffered : 0];
  }
  return [0, 0];
}

function decodeChunk(decoder, bytes) {
  const state = decoder[kNativeDecoder];
  const encoding = decoder.encoding;
  const ops = opsOf(decoder);
  if (encoding !== 'utf8' && encoding !== 'utf16le' && encoding !== 'base64' && encoding !== 'base64url') {
    return ops.slice(bytes, 0, bytes.length);
  }
  let prepend = '';
  let start = 0;
  if (state[kMissingBytes] > 0) {
    if (encoding === 'utf8') {
      // a byte that cannot continue the waiting character ends it here (it becomes U+FFFD)
      const limit = Math.min(bytes.length, state[kMissingBytes]);
      for (let i = 0; i < limit; i++) {
        if ((bytes[i] & 0xc0) !== 0x80) {
          state[kMissingBytes] = 0;
          state.set(bytes.subarray(0, i), state[kBufferedBytes]);
          state[kBufferedBytes] += i;
          start = i;
          break;
        }
      }
    }
    const found = Math.min(bytes.length - start, state[kMissingBytes]);
    state.set(bytes.subarray(start, start + found), state[kBufferedBytes]);
    start += found;
    state[kMissingBytes] -= found;
    state[kBufferedBytes] += found;
    if (state[kMissingBytes] === 0) {
      prepend = ops.slice(state, 0, state[kBufferedBytes]);
      state[kBufferedBytes] = 0;
    }
  }
  if (start === bytes.length) return prepend;
  const rest = bytes.subarray(start);
  const [buffered, missing] = incompleteTail(encoding, rest);
  let end = rest.length;
  if (buffered > 0) {
    end -= buffered;
    state.set(rest.subarray(end), 0);
    state[kBufferedBytes] = buffered;
    state[kMissingBytes] = missing;
  }
  return end > 0 ? prepend + ops.slice(rest, 0, end) : prepend;
}

function flush(decoder) {
  const state = decoder[kNativeDecoder];
  if (decoder.encoding === 'utf16le' && state[kBufferedBytes] % 2 === 1) {
    // a lone trailing byte of UTF-16 is dropped
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const text = opsOf(decoder).slice(state, 0, state[kBufferedBytes]);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return text;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  if (!this[kNativeDecoder]) throw new ERR_INVALID_THIS('StringDecoder');
  return decodeChunk(this, bytesOf(buf));
};

StringDecoder.prototype.end = function end(buf) {
  let result = '';
  if (buf !== undefined) result = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0) result += flush(this);
  return result;
};

// Undocumented in node but public: decodes `buf` from `offset` after dropping any waiting bytes.
StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder].subarray(0, kIncompleteEnd);
    },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissingBytes];
    },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
    },
  },
});

module.exports = { StringDecoder };
