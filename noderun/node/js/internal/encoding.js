'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding): UTF-8 both ways, and decoding of UTF-16LE,
// UTF-16BE and the latin1 labels, in JS; large UTF-8 conversions go to the host in one call
// (host_util.py). Invalid input decodes to U+FFFD as the standard says (one per
// maximal invalid subsequence), or throws ERR_ENCODING_INVALID_ENCODED_DATA when `fatal`.
//
// Node 20 quirks kept on purpose, because programs see them: until a decoder is first used with
// {stream: true}, node takes a fast path for UTF-8 and for the latin1 labels, and its latin1 fast
// path maps byte n to U+00nn instead of using the windows-1252 table; and a bad `input` gets the
// message of whichever native decoder node would have used.

const {
  codes: { ERR_ENCODING_INVALID_ENCODED_DATA, ERR_ENCODING_NOT_SUPPORTED, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
  fromHost: nodeErrorWithMessage,
} = require('internal/errors');
const { validateObject, validateString, kValidateObjectAllowNullable, kValidateObjectAllowArray,
  kValidateObjectAllowFunction } = require('internal/validators');
const { isAnyArrayBuffer, isUint8Array } = require('util/types');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kAnyObjectOrNull = kValidateObjectAllowNullable | kValidateObjectAllowArray | kValidateObjectAllowFunction;
const REPLACEMENT = 0xFFFD;

// -- labels ---------------------------------------------------------------------------------------

const labelGroups = {
  'utf-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8'],
  'utf-16le': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le'],
  'utf-16be': ['unicodefffe', 'utf-16be'],
  'windows-1252': ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
    'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii',
    'windows-1252', 'x-cp1252'],
};
const encodingOfLabel = new Map();
for (const [encoding, labels] of Object.entries(labelGroups)) {
  for (const label of labels) encodingOfLabel.set(label, encoding);
}

function encodingForLabel(label) {
  return encodingOfLabel.get(label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase());
}

// -- building strings -----------------------------------------------------------------------------

// UTF-16 code units collected in a typed array, turned into a string in slices small enough for
// String.fromCharCode's argument list.
const SLICE = 8192;

function unitsToString(units, length) {
  if (length <= SLICE) return String.fromCharCode.apply(null, units.subarray(0, length));
  let text = '';
  for (let start = 0; start < length; start += SLICE) {
    text += String.fromCharCode.apply(null, units.subarray(start, Math.min(start + SLICE, length)));
  }
  return text;
}

class InvalidData extends Error {}   // thrown inside the decoders in fatal mode only

// From this many bytes or characters on, UTF-8 is converted by the host (Python's codec, which
// replaces invalid input as the standard does): one host call beats the JS loop beyond it.
const HOST_UTF8_MIN = 512;

// -- UTF-8 ----------------------------------------------------------------------------------------

class Utf8Decoder {
  constructor() {
    this.reset();
  }

  reset() {
    this.needed = 0;       // continuation bytes still expected
    this.seen = 0;
    this.codePoint = 0;
    this.lower = 0x80;     // the range the next continuation byte must fall in
    this.upper = 0xBF;
  }

  decode(bytes, flush, fatal) {
    if (bytes.length < HOST_UTF8_MIN || this.needed !== 0) return this.decodeInJS(bytes, flush, fatal);
    // the host decodes up to a sequence left incomplete at the end, which this decoder keeps
    const cut = flush ? bytes.length : startOfTrailingSequence(bytes);
    const text = host.utilDecodeUtf8(cut === bytes.length ? bytes : bytes.subarray(0, cut), fatal);
    if (typeof text !== 'string') throw new InvalidData();   // the host's None: invalid in fatal mode
    return cut === bytes.length ? text : text + this.decodeInJS(bytes.subarray(cut), flush, fatal);
  }

  decodeInJS(bytes, flush, fatal) {
    // a code point completed from earlier bytes, or an error plus the byte itself, can give two
    // units for one byte
    const units = new Uint16Array(bytes.length + 3);
    let n = 0;
    const error = () => {
      if (fatal) throw new InvalidData();
      units[n++] = REPLACEMENT;
    };
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i];
      if (this.needed === 0) {
        if (byte < 0x80) {
          units[n++] = byte;
        } else if (byte >= 0xC2 && byte <= 0xDF) {
          this.needed = 1;
          this.codePoint = byte & 0x1F;
        } else if (byte >= 0xE0 && byte <= 0xEF) {
          if (byte === 0xE0) this.lower = 0xA0;    // no overlong forms
          if (byte === 0xED) this.upper = 0x9F;    // no surrogates
          this.needed = 2;
          this.codePoint = byte & 0x0F;
        } else if (byte >= 0xF0 && byte <= 0xF4) {
          if (byte === 0xF0) this.lower = 0x90;
          if (byte === 0xF4) this.upper = 0x8F;    // nothing above U+10FFFF
          this.needed = 3;
          this.codePoint = byte & 0x07;
        } else {
          error();
        }
        continue;
      }
      if (byte < this.lower || byte > this.upper) {
        this.reset();
        error();
        i--;   // the byte that broke the sequence starts afresh
        continue;
      }
      this.lower = 0x80;
      this.upper = 0xBF;
      this.codePoint = (this.codePoint << 6) | (byte & 0x3F);
      if (++this.seen === this.needed) {
        const codePoint = this.codePoint;
        this.reset();
        if (codePoint > 0xFFFF) {
          units[n++] = 0xD800 + ((codePoint - 0x10000) >> 10);
          units[n++] = 0xDC00 + (codePoint & 0x3FF);
        } else {
          units[n++] = codePoint;
        }
      }
    }
    if (flush && this.needed !== 0) {
      this.reset();
      error();
    }
    return unitsToString(units, n);
  }
}

// Where the last lead byte sits when it starts the final (maybe incomplete) sequence, else the
// length. Any byte outside 0x80-0xBF starts a sequence afresh, so cutting there changes nothing.
function startOfTrailingSequence(bytes) {
  for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 3); i--) {
    if (bytes[i] < 0x80) return bytes.length;
    if (bytes[i] >= 0xC0) return i;
  }
  return bytes.length;
}

// -- UTF-16 ---------------------------------------------------------------------------------------

class Utf16Decoder {
  constructor(bigEndian) {
    this.bigEndian = bigEndian;
    this.reset();
  }

  reset() {
    this.leadByte = -1;
    this.leadSurrogate = -1;
  }

  decode(bytes, flush, fatal) {
    const units = new Uint16Array((bytes.length >> 1) + 3);
    let n = 0;
    const error = () => {
      if (fatal) throw new InvalidData();
      units[n++] = REPLACEMENT;
    };
    for (let i = 0; i < bytes.length; i++) {
      if (this.leadByte === -1) {
        this.leadByte = bytes[i];
        continue;
      }
      const unit = this.bigEndian ? (this.leadByte << 8) | bytes[i] : this.leadByte | (bytes[i] << 8);
      this.leadByte = -1;
      const isTrail = unit >= 0xDC00 && unit <= 0xDFFF;
      if (this.leadSurrogate !== -1) {
        const lead = this.leadSurrogate;
        this.leadSurrogate = -1;
        if (isTrail) {
          units[n++] = lead;
          units[n++] = unit;
          continue;
        }
        error();   // a lead surrogate without its trail; `unit` is read on its own below
      }
      if (unit >= 0xD800 && unit <= 0xDBFF) this.leadSurrogate = unit;
      else if (isTrail) error();
      else units[n++] = unit;
    }
    if (flush && (this.leadByte !== -1 || this.leadSurrogate !== -1)) {
      this.reset();
      error();
    }
    return unitsToString(units, n);
  }
}

// -- windows-1252 ---------------------------------------------------------------------------------

// Code points of bytes 0x80-0x9F; every other byte is the code point of the same number.
const windows1252High = new Uint16Array([
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
]);

class Windows1252Decoder {
  reset() {}

  decode(bytes) {
    const units = new Uint16Array(bytes);
    for (let i = 0; i < units.length; i++) {
      if (units[i] >= 0x80 && units[i] <= 0x9F) units[i] = windows1252High[units[i] - 0x80];
    }
    return unitsToString(units, units.length);
  }
}

// node 20's latin1 fast path: byte n is U+00nn
const latin1Identity = {
  reset() {},
  decode(bytes) {
    return unitsToString(bytes, bytes.length);
  },
};

// -- TextDecoder ----------------------------------------------------------------------------------

// The native decoder node 20 would use, which decides the message for an `input` of a wrong type.
const inputTypeMessages = {
  list: 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.',
  icu: 'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.',
  latin1: 'The "input" argument must be an instance of ArrayBuffer, SharedArrayBuffer, or ArrayBufferView.',
};

function bytesOf(input, messageKind) {
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  throw nodeErrorWithMessage('TypeError', 'ERR_INVALID_ARG_TYPE', inputTypeMessages[messageKind]);
}

function makeDecoder(encoding) {
  switch (encoding) {
    case 'utf-8': return new Utf8Decoder();
    case 'utf-16le': return new Utf16Decoder(false);
    case 'utf-16be': return new Utf16Decoder(true);
    default: return new Windows1252Decoder();
  }
}

// The nearest constructor on the prototype chain (a subclass names itself when inspected).
function constructorOf(object) {
  for (let proto = object; proto !== null; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'constructor');
    if (typeof descriptor?.value === 'function' && descriptor.value.name !== '') return descriptor.value;
  }
  return null;
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #decoder;
  #atStreamStart = true;   // a BOM is dropped only at the start of a stream
  #streamed = false;       // once streaming, node's fast paths are off for good

  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateObject(options, 'options', kAnyObjectOrNull);
    const canonical = encodingForLabel(encoding);
    if (canonical === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    this.#encoding = canonical;
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
    this.#decoder = makeDecoder(canonical);
  }

  static #check(decoder) {
    if (decoder === null || typeof decoder !== 'object' || !(#encoding in decoder)) {
      throw new ERR_INVALID_THIS('TextDecoder');
    }
  }

  decode(input = new Uint8Array(0), options = {}) {
    TextDecoder.#check(this);
    const encoding = this.#encoding;
    if (!this.#streamed && !options?.stream) {
      if (encoding === 'utf-8') return this.#decodeBytes(this.#decoder, bytesOf(input, 'list'), false);
      if (encoding === 'windows-1252') return this.#decodeBytes(latin1Identity, bytesOf(input, 'latin1'), false);
    }
    validateObject(options, 'options', kAnyObjectOrNull);
    const bytes = bytesOf(input, 'icu');
    const stream = Boolean(options?.stream);
    if (stream) this.#streamed = true;
    return this.#decodeBytes(this.#decoder, bytes, stream);
  }

  get encoding() {
    TextDecoder.#check(this);
    return this.#encoding;
  }

  get fatal() {
    TextDecoder.#check(this);
    return this.#fatal;
  }

  get ignoreBOM() {
    TextDecoder.#check(this);
    return this.#ignoreBOM;
  }

  #decodeBytes(decoder, bytes, stream) {
    let text;
    try {
      text = decoder.decode(bytes, !stream, this.#fatal);
    } catch (err) {
      if (!(err instanceof InvalidData)) throw err;
      decoder.reset();
      this.#atStreamStart = true;
      throw new ERR_ENCODING_INVALID_ENCODED_DATA(this.#encoding);
    }
    if (this.#atStreamStart && text.length > 0) {
      this.#atStreamStart = false;
      if (!this.#ignoreBOM && this.#encoding !== 'windows-1252' && text.charCodeAt(0) === 0xFEFF) {
        text = text.slice(1);
      }
    }
    if (!stream) this.#atStreamStart = true;
    return text;
  }

  // node formats the fields with default options, whatever the caller's (colours included)
  [kInspect](depth) {
    TextDecoder.#check(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    const fields = { encoding: this.#encoding, fatal: this.#fatal, ignoreBOM: this.#ignoreBOM };
    return `${(constructorOf(this) ?? TextDecoder).name} ${inspect(fields)}`;
  }
}

// -- TextEncoder ----------------------------------------------------------------------------------

// UTF-8 of `text` from code unit `start` into `out` (from byte 0), stopping before a character that
// does not fit; lone surrogates become U+FFFD. Returns [code units read, bytes written].
function encodeUtf8(text, out, start = 0) {
  const capacity = out.length;
  let i = start;
  let n = 0;
  while (i < text.length) {
    let codePoint = text.charCodeAt(i);
    let width = 1;
    if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
      const next = text.charCodeAt(i + 1);
      if (codePoint <= 0xDBFF && next >= 0xDC00 && next <= 0xDFFF) {
        codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + (next - 0xDC00);
        width = 2;
      } else {
        codePoint = REPLACEMENT;
      }
    }
    if (codePoint < 0x80) {
      if (n + 1 > capacity) break;
      out[n++] = codePoint;
    } else if (codePoint < 0x800) {
      if (n + 2 > capacity) break;
      out[n++] = 0xC0 | (codePoint >> 6);
      out[n++] = 0x80 | (codePoint & 0x3F);
    } else if (codePoint < 0x10000) {
      if (n + 3 > capacity) break;
      out[n++] = 0xE0 | (codePoint >> 12);
      out[n++] = 0x80 | ((codePoint >> 6) & 0x3F);
      out[n++] = 0x80 | (codePoint & 0x3F);
    } else {
      if (n + 4 > capacity) break;
      out[n++] = 0xF0 | (codePoint >> 18);
      out[n++] = 0x80 | ((codePoint >> 12) & 0x3F);
      out[n++] = 0x80 | ((codePoint >> 6) & 0x3F);
      out[n++] = 0x80 | (codePoint & 0x3F);
    }
    i += width;
  }
  return [i - start, n];
}

const encoders = new WeakSet();

function checkEncoder(encoder) {
  if (!encoders.has(encoder)) throw new ERR_INVALID_THIS('TextEncoder');
}

class TextEncoder {
  constructor() {
    encoders.add(this);
  }

  get encoding() {
    checkEncoder(this);
    return 'utf-8';
  }

  encode(input = '') {
    checkEncoder(this);
    const text = `${input}`;
    if (text.length >= HOST_UTF8_MIN) return host.utilEncodeUtf8(text);
    const out = new Uint8Array(text.length * 3);   // at most 3 bytes per UTF-16 code unit
    const [, written] = encodeUtf8(text, out);
    return written === out.length ? out : out.slice(0, written);
  }

  encodeInto(src, dest) {
    checkEncoder(this);
    validateString(src, 'src');
    if (!isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const [read, written] = encodeUtf8(src, dest);
    return { read, written };
  }

  [kInspect](depth, options) {
    checkEncoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    return inspect({ encoding: 'utf-8' }, options);
  }
}

// Accessors and methods are enumerable on the prototypes, and each has its @@toStringTag, as in node.
function dressPrototype(Class, names) {
  for (const name of names) {
    Object.defineProperty(Class.prototype, name, { enumerable: true });
  }
  Object.defineProperty(Class.prototype, Symbol.toStringTag, {
    value: Class.name, writable: false, enumerable: false, configurable: true,
  });
}
dressPrototype(TextEncoder, ['encoding', 'encode', 'encodeInto']);
dressPrototype(TextDecoder, ['decode', 'encoding', 'fatal', 'ignoreBOM']);

module.exports = { TextEncoder, TextDecoder };
