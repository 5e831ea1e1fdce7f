'use strict';
// The byte <-> string codecs behind Buffer and StringDecoder: one entry per canonical encoding
// (utf8, utf16le, latin1, ascii, hex, base64, base64url), each with byteLength / write / slice.
//
// Speed: a per-character JS loop costs ~50 ns here, so the hot paths lean on the engine's native
// string functions instead: encodeURIComponent + unescape turn a string into its UTF-8 bytes as a
// "binary string" (one char per byte) and escape + decodeURIComponent do the reverse for valid
// UTF-8; String.fromCharCode.apply turns byte chunks into strings; Uint8Array's toHex/toBase64/
// fromBase64 (when the engine has them) do hex and base64. The JS loops below are the fallbacks
// for what those cannot do: node's lenient base64, invalid UTF-8 (WHATWG replacement), limits.

const CHUNK = 8192;   // code units per String.fromCharCode.apply call (bounded argument count)
const hasNativeBase64 = typeof Uint8Array.fromBase64 === 'function' &&
  typeof Uint8Array.prototype.toBase64 === 'function';
const hasNativeHex = typeof Uint8Array.prototype.toHex === 'function' &&
  typeof Uint8Array.prototype.setFromHex === 'function';

// ---- binary strings (one char per byte) ----

// (Views are made with `new Uint8Array`: a Buffer's own subarray is slower JS.)
function binaryFromBytes(bytes, start, end) {
  const { buffer, byteOffset } = bytes;
  if (end - start <= CHUNK) return String.fromCharCode.apply(null, new Uint8Array(buffer, byteOffset + start, end - start));
  let result = '';
  for (let i = start; i < end; i += CHUNK) {
    const length = Math.min(CHUNK, end - i);
    result += String.fromCharCode.apply(null, new Uint8Array(buffer, byteOffset + i, length));
  }
  return result;
}

// The engine's native btoa, if the bootstrap kept it for us before installing node's (a binary
// string -> base64 -> bytes round trip through native code is ~30x faster than a JS loop).
const engineBtoa = typeof host.engineBtoa === 'function' && typeof Uint8Array.prototype.setFromBase64 === 'function'
  ? host.engineBtoa : undefined;
const NATIVE_COPY_MIN = 8;

// Writes the low byte of each of the first `count` chars of `str`.
function copyBinary(bytes, str, offset, count) {
  if (engineBtoa !== undefined && count >= NATIVE_COPY_MIN) {
    let base64;
    try {
      base64 = engineBtoa(count === str.length ? str : str.slice(0, count));
    } catch {
      base64 = undefined;   // a char above U+00FF: only its low byte is kept, below
    }
    if (base64 !== undefined) {
      new Uint8Array(bytes.buffer, bytes.byteOffset + offset, count).setFromBase64(base64);
      return count;
    }
  }
  for (let i = 0; i < count; i++) bytes[offset + i] = str.charCodeAt(i);
  return count;
}

function stringFromCodeUnits(units, length) {
  if (length <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, length));
  let result = '';
  for (let i = 0; i < length; i += CHUNK) {
    result += String.fromCharCode.apply(null, units.subarray(i, Math.min(i + CHUNK, length)));
  }
  return result;
}

// ---- utf8 ----

// The UTF-8 bytes of `str` as a binary string; lone surrogates become U+FFFD as in node. (Cheaper
// than first testing for ASCII with a regular expression, even for ASCII.)
function utf8Binary(str) {
  return unescape(encodeURIComponent(str.toWellFormed()));
}

// (A program with sockets swaps in a C function, which counts the engine's own UTF-8 of the
// string: useUtf8Length. Every string written to a socket is counted.)
let utf8Length = null;

function utf8ByteLength(str) {
  return utf8Length !== null ? utf8Length(str) : utf8Binary(str).length;
}

function useUtf8Length(fn) {
  utf8Length = fn;
}

// Writes whole characters only: a character whose bytes do not all fit is not started.
function utf8Write(bytes, str, offset, max) {
  if (str.length > max) {
    // each UTF-16 unit needs at least one byte, so no more than `max` units can fit; keep a
    // surrogate pair whole so the cut does not turn its first half into U+FFFD
    const code = str.charCodeAt(max - 1);
    str = str.slice(0, code >= 0xd800 && code <= 0xdbff ? max + 1 : max);
  }
  const binary = utf8Binary(str);
  let count = binary.length;
  if (count > max) {
    count = max;
    while (count > 0 && (binary.charCodeAt(count) & 0xc0) === 0x80) count--;
  }
  return copyBinary(bytes, binary, offset, count);
}

const highByteRegExp = /[\x80-\xff]/;

function utf8Slice(bytes, start, end) {
  const binary = binaryFromBytes(bytes, start, end);
  if (!highByteRegExp.test(binary)) return binary;
  try {
    return decodeURIComponent(escape(binary));
  } catch {
    return utf8DecodeReplacing(bytes, start, end);   // invalid UTF-8
  }
}

// The WHATWG UTF-8 decoder: each maximal invalid subpart becomes one U+FFFD, as V8's does.
function utf8DecodeReplacing(bytes, start, end) {
  const units = new Uint16Array(end - start);
  let length = 0;
  let i = start;
  while (i < end) {
    const lead = bytes[i++];
    if (lead < 0x80) {
      units[length++] = lead;
      continue;
    }
    let needed;
    let lower = 0x80;
    let upper = 0xbf;
    let codePoint;
    if (lead >= 0xc2 && lead <= 0xdf) {
      needed = 1;
      codePoint = lead & 0x1f;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2;
      codePoint = lead & 0x0f;
      if (lead === 0xe0) lower = 0xa0;
      else if (lead === 0xed) upper = 0x9f;   // no surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3;
      codePoint = lead & 0x07;
      if (lead === 0xf0) lower = 0x90;
      else if (lead === 0xf4) upper = 0x8f;   // nothing above U+10FFFF
    } else {
      units[length++] = 0xfffd;
      continue;
    }
    for (; needed > 0; needed--) {
      const next = i < end ? bytes[i] : -1;
      if (next < lower || next > upper) break;   // not consumed: it may start the next character
      codePoint = (codePoint << 6) | (next & 0x3f);
      lower = 0x80;
      upper = 0xbf;
      i++;
    }
    if (needed > 0) {
      units[length++] = 0xfffd;
    } else if (codePoint > 0xffff) {
      units[length++] = 0xd7c0 + (codePoint >> 10);
      units[length++] = 0xdc00 | (codePoint & 0x3ff);
    } else {
      units[length++] = codePoint;
    }
  }
  return stringFromCodeUnits(units, length);
}

// ---- latin1 / ascii ----

function latin1Write(bytes, str, offset, max) {
  return copyBinary(bytes, str, offset, Math.min(str.length, max));
}

function asciiSlice(bytes, start, end) {
  const binary = binaryFromBytes(bytes, start, end);
  if (!highByteRegExp.test(binary)) return binary;
  const masked = new Uint8Array(end - start);
  for (let i = start; i < end; i++) masked[i - start] = bytes[i] & 0x7f;
  return binaryFromBytes(masked, 0, masked.length);
}

// ---- utf16le ----

function ucs2Write(bytes, str, offset, max) {
  const units = Math.min(str.length, max >>> 1);
  for (let i = 0, at = offset; i < units; i++, at += 2) {
    const code = str.charCodeAt(i);
    bytes[at] = code;
    bytes[at + 1] = code >>> 8;
  }
  return units * 2;
}

function ucs2Slice(bytes, start, end) {
  const count = (end - start) >>> 1;
  const first = bytes.byteOffset + start;
  let units;
  if (first % 2 === 0) {
    units = new Uint16Array(bytes.buffer, first, count);   // engines here are little-endian
  } else {
    units = new Uint16Array(count);
    for (let i = 0; i < count; i++) units[i] = bytes[start + 2 * i] | (bytes[start + 2 * i + 1] << 8);
  }
  return stringFromCodeUnits(units, count);
}

// ---- hex ----

const HEX_DIGITS = '0123456789abcdef';
const HEX_PAIRS = [];
for (let i = 0; i < 256; i++) HEX_PAIRS.push(HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15]);
const HEX_VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
  HEX_VALUES[HEX_DIGITS.charCodeAt(i)] = i;
  HEX_VALUES[HEX_DIGITS.toUpperCase().charCodeAt(i)] = i;
}
const nonHexRegExp = /[^0-9a-fA-F]/;
const nonLatin1RegExp = /[^\x00-\xff]/g;

// node's hex and base64 decoders look at the low byte of each UTF-16 unit only
function lowBytes(str) {
  nonLatin1RegExp.lastIndex = 0;
  if (!nonLatin1RegExp.test(str)) return str;
  return str.replace(nonLatin1RegExp, (char) => String.fromCharCode(char.charCodeAt(0) & 0xff));
}

function hexSlice(bytes, start, end) {
  if (hasNativeHex) return bytes.subarray(start, end).toHex();
  let result = '';
  for (let i = start; i < end; i++) result += HEX_PAIRS[bytes[i]];
  return result;
}

// Node decodes hex pairs up to the first pair that is not valid hex.
function hexWrite(bytes, str, offset, max) {
  if (hasNativeHex && str.length % 2 === 0) {
    try {
      // stops when the target is full, without looking at the rest, as node's decoder does
      return new Uint8Array(bytes.buffer, bytes.byteOffset + offset, max).setFromHex(str).written;
    } catch {
      // an invalid pair somewhere: node keeps the pairs before it (below)
    }
  }
  str = lowBytes(str);
  const bad = str.search(nonHexRegExp);
  const count = Math.min((bad === -1 ? str.length : bad) >>> 1, max);
  if (count === 0) return 0;
  if (hasNativeHex) {
    new Uint8Array(bytes.buffer, bytes.byteOffset + offset, count).setFromHex(str.slice(0, count * 2));
    return count;
  }
  for (let i = 0; i < count; i++) {
    bytes[offset + i] = (HEX_VALUES[str.charCodeAt(2 * i)] << 4) | HEX_VALUES[str.charCodeAt(2 * i + 1)];
  }
  return count;
}

// ---- base64 / base64url ----

const BASE64_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64URL_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
// Decoding accepts both alphabets whichever encoding was named, as node does.
const BASE64_VALUES = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) {
  BASE64_VALUES[BASE64_CHARS.charCodeAt(i)] = i;
  BASE64_VALUES[BASE64URL_CHARS.charCodeAt(i)] = i;
}
const EQUALS = 0x3d;

function base64ByteLength(str) {
  let length = str.length;
  if (length > 0 && str.charCodeAt(length - 1) === EQUALS) length--;
  if (length > 1 && str.charCodeAt(length - 1) === EQUALS) length--;
  return (length * 3) >>> 2;
}

function base64Encode(bytes, start, end, alphabet) {
  const url = alphabet === BASE64URL_CHARS;
  if (hasNativeBase64) {
    return bytes.subarray(start, end).toBase64(url ? { alphabet: 'base64url', omitPadding: true } : undefined);
  }
  let result = '';
  let i = start;
  for (; i + 2 < end; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    result += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + alphabet[n & 63];
  }
  if (end - i === 1) {
    const n = bytes[i] << 16;
    result += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + (url ? '' : '==');
  } else if (end - i === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    result += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + (url ? '' : '=');
  }
  return result;
}

// Node's lenient decoder: characters outside both alphabets are skipped, the first '=' ends the
// data, and a final group of 2 or 3 characters gives 1 or 2 bytes (a single one gives none).
function base64DecodeLenient(str) {
  const out = new Uint8Array(base64ByteLength(str) + 3);
  let length = 0;
  let group = 0;
  let count = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code === EQUALS) break;
    const value = code < 256 ? BASE64_VALUES[code] : -1;
    if (value < 0) continue;
    group = (group << 6) | value;
    if (++count === 4) {
      out[length++] = group >> 16;
      out[length++] = group >> 8;
      out[length++] = group;
      group = 0;
      count = 0;
    }
  }
  if (count === 2) {
    out[length++] = group >> 4;
  } else if (count === 3) {
    out[length++] = group >> 10;
    out[length++] = group >> 2;
  }
  return out.subarray(0, length);
}

function base64Decode(str, url) {
  if (hasNativeBase64) {
    try {
      return Uint8Array.fromBase64(str, { alphabet: url ? 'base64url' : 'base64', lastChunkHandling: 'loose' });
    } catch {
      // not strictly valid (other alphabet, stray characters, odd padding): node's rules below
    }
  }
  return base64DecodeLenient(lowBytes(str));
}

function base64Write(bytes, str, offset, max, url) {
  const decoded = base64Decode(str, url);
  const count = Math.min(decoded.length, max);
  bytes.set(count === decoded.length ? decoded : decoded.subarray(0, count), offset);
  return count;
}

// ---- the table ----

// Each entry: byteLength(str), write(bytes, str, offset, max) -> bytes written, slice(bytes, start, end).
const encodingOps = {
  __proto__: null,
  utf8: { name: 'utf8', byteLength: utf8ByteLength, write: utf8Write, slice: utf8Slice },
  utf16le: { name: 'utf16le', byteLength: (str) => str.length * 2, write: ucs2Write, slice: ucs2Slice },
  latin1: { name: 'latin1', byteLength: (str) => str.length, write: latin1Write, slice: binaryFromBytes },
  ascii: { name: 'ascii', byteLength: (str) => str.length, write: latin1Write, slice: asciiSlice },
  hex: { name: 'hex', byteLength: (str) => str.length >>> 1, write: hexWrite, slice: hexSlice },
  base64: {
    name: 'base64',
    byteLength: base64ByteLength,
    write: (bytes, str, offset, max) => base64Write(bytes, str, offset, max, false),
    slice: (bytes, start, end) => base64Encode(bytes, start, end, BASE64_CHARS),
  },
  base64url: {
    name: 'base64url',
    byteLength: base64ByteLength,
    write: (bytes, str, offset, max) => base64Write(bytes, str, offset, max, true),
    slice: (bytes, start, end) => base64Encode(bytes, start, end, BASE64URL_CHARS),
  },
};

const encodingAliases = {
  __proto__: null,
  'utf8': 'utf8',
  'utf-8': 'utf8',
  'ucs2': 'utf16le',
  'ucs-2': 'utf16le',
  'utf16le': 'utf16le',
  'utf-16le': 'utf16le',
  'latin1': 'latin1',
  'binary': 'latin1',
  'ascii': 'ascii',
  'hex': 'hex',
  'base64': 'base64',
  'base64url': 'base64url',
};

// Canonical name of an encoding (case-insensitive), 'utf8' for undefined/null/'', else undefined.
function normalizeEncoding(encoding) {
  if (encoding == null || encoding === '') return 'utf8';
  const name = encodingAliases[encoding] ?? encodingAliases[`${encoding}`.toLowerCase()];
  return name;
}

// The codec for an encoding name as Buffer methods accept it: undefined when unknown ('' too).
function getEncodingOps(encoding) {
  encoding = `${encoding}`;
  const name = encodingAliases[encoding] ?? encodingAliases[encoding.toLowerCase()];
  return name === undefined ? undefined : encodingOps[name];
}

module.exports = {
  encodingOps,
  normalizeEncoding,
  getEncodingOps,
  utf8Binary,
  useUtf8Length,
  binaryFromBytes,
  copyBinary,
  base64Decode,
};
