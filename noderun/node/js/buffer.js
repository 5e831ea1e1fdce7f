'use strict';
// node:buffer. A Buffer is a Uint8Array whose prototype is Buffer.prototype (node's FastBuffer
// trick: a class extending Uint8Array does the allocating, the callable `Buffer` function shares
// its prototype). Small buffers are carved out of a shared 8 KiB pool as in node, so
// `buf.buffer` and `buf.byteOffset` behave alike. The codecs live in internal/buffer/codecs.js,
// the number accessors in internal/buffer/numbers.js, searching in internal/buffer/search.js,
// fill in internal/buffer/fill.js, Blob and File in internal/buffer/blob.js.

const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_INVALID_BUFFER_SIZE,
    ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING,
  },
  fromHost,
} = require('internal/errors');
const { validateArray, validateInteger, validateNumber } = require('internal/validators');
const {
  encodingOps, getEncodingOps, normalizeEncoding, utf8Binary, copyBinary,
} = require('internal/buffer/codecs');
const { numberMethods } = require('internal/buffer/numbers');
const { bidirectionalIndexOf } = require('internal/buffer/search');
const {
  kMaxLength, validateOffset, isTypedArray, isUint8Array, isAnyArrayBuffer, bytesOf,
} = require('internal/buffer/checks');
const { fillBuffer } = require('internal/buffer/fill');
const { isUtf8, isAscii } = require('internal/buffer/validate_text');
const { Blob, File, resolveObjectURL } = require('internal/buffer/blob');
const { atob, btoa } = require('internal/buffer/web_base64');
const { deprecate } = require('internal/util/deprecate');
const { markAsUntransferable } = require('internal/worker/marks');

const kStringMaxLength = 536870888;   // V8's limit, which node reports
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});
let INSPECT_MAX_BYTES = 50;

const utf8 = encodingOps.utf8;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
// Buffer.prototype overrides fill; concat's zero-fill needs the plain typed-array one
const typedArrayFill = Uint8Array.prototype.fill;

const { FastBuffer } = require('internal/buffer/fast_buffer');

// ---- the allocation pool ----

let poolSize;
let poolOffset;
let allocPool;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  markAsUntransferable(allocPool);   // as node's: a transfer would detach every Buffer in the pool
  poolOffset = 0;
}

// Keeps every pooled buffer 8-byte aligned.
function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

// A buffer of `size` bytes whose contents do not matter: from the pool when small, as node does.
function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > poolSize - poolOffset) createPool();
    const buf = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return buf;
  }
  return new FastBuffer(size);
}

// ---- Buffer and its static methods ----

let deprecationWarned = false;

// DEP0005 is shown once, and only for calls from code outside node_modules (node's rule).
function warnDeprecatedCall() {
  if (deprecationWarned) return;
  const stack = new Error().stack || '';
  const callerLine = stack.split('\n').find((line) => /\(?(\/|[A-Za-z]:\\)/.test(line) && !line.includes('node:'));
  if (callerLine !== undefined && /[\\/]node_modules[\\/]/.test(callerLine)) return;
  deprecationWarned = true;
  process.emitWarning(
    'Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), ' +
    'Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
}

function Buffer(arg, encodingOrOffset, length) {
  warnDeprecatedCall();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);
// typed-array methods that build a new array (map, filter, ...) make FastBuffers, not Buffer() calls
Object.defineProperty(Buffer, Symbol.species, { get() { return FastBuffer; }, enumerable: false, configurable: true });

Buffer.poolSize = 8 * 1024;
createPool();

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  // UTF-8 is converted once, not once to measure and again to write
  const binary = ops === utf8 ? utf8Binary(string) : undefined;
  const length = binary !== undefined ? binary.length : ops.byteLength(string);
  const write = (buf) => (binary !== undefined ? copyBinary(buf, binary, 0, length) : ops.write(buf, string, 0, length));
  if (length >= (Buffer.poolSize >>> 1)) {
    const buf = new FastBuffer(length);
    const written = write(buf);
    return written === length ? buf : new FastBuffer(buf.buffer, 0, written);
  }
  if (length > poolSize - poolOffset) createPool();
  const buf = new FastBuffer(allocPool, poolOffset, length);
  const written = write(buf);
  poolOffset += written;
  alignPool();
  return written === length ? buf : new FastBuffer(allocPool, buf.byteOffset, written);
}

function fromArrayBuffer(arrayBuffer, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = arrayBuffer.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(arrayBuffer, byteOffset, length);
}

// A copy of an array-like's elements (each stored as a byte).
function fromArrayLike(arrayLike) {
  const length = arrayLike.length;
  if (length <= 0) return new FastBuffer();
  const buf = allocate(length);
  if (Array.isArray(arrayLike) || ArrayBuffer.isView(arrayLike)) {
    buf.set(arrayLike, 0);
  } else {
    for (let i = 0; i < length; i++) buf[i] = arrayLike[i];
  }
  return buf;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const buf = fromObject(value);
    if (buf !== undefined) return buf;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE(
    'first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, end);
  }
  return fromArrayLike(bytesOf(view));
};

Buffer.of = function of(...items) {
  const buf = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) buf[i] = items[i];
  return buf;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    return fillBuffer(new FastBuffer(size), fill, 0, size, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
};

// Deprecated (DEP0030): node 24 warns on its first call.
function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);
const deprecatedSlowBuffer = deprecate(SlowBuffer,
  'SlowBuffer() is deprecated. Please use Buffer.allocUnsafeSlow()', 'DEP0030');

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

function compareBytes(a, b) {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length < b.length ? -1 : (a.length > b.length ? 1 : 0);
}

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return compareBytes(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const result = Buffer.allocUnsafe(length);
  let position = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      // node checks each item as it copies, so earlier items are already in place
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], buf);
    }
    position += copyBytes(buf, result, position, 0, buf.length);
  }
  if (position < length) typedArrayFill.call(result, 0, position, length);
  return result;
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  const ops = encoding ? getEncodingOps(encoding) : undefined;
  return (ops ?? utf8).byteLength(string);
};

// ---- shared argument checks ----

// copy()'s positions: integers as given, anything else coerced (NaN and unsafe values -> 0).
function toPosition(value) {
  if (Number.isInteger(value)) return value;
  value = +value;
  if (!Number.isNaN(value) && value >= Number.MIN_SAFE_INTEGER && value <= Number.MAX_SAFE_INTEGER) {
    return Math.floor(value);
  }
  return 0;
}

// slice/subarray: negative positions count from the end; everything is clamped to [0, length].
function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

// Copies as many of source[sourceStart, sourceEnd) as fit at target[targetStart]; returns the count.
function copyBytes(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) sourceEnd = sourceStart + target.length - targetStart;
  let count = sourceEnd - sourceStart;
  const available = source.length - sourceStart;
  if (count > available) count = available;
  if (count <= 0) return 0;
  if (sourceStart !== 0 || count < source.length) {
    source = new Uint8Array(source.buffer, source.byteOffset + sourceStart, count);
  }
  target.set(source, targetStart);
  return count;
}

// ---- Buffer.prototype ----

const proto = Buffer.prototype;

function defineMethods(target, methods) {
  for (const name of Reflect.ownKeys(methods)) {
    Object.defineProperty(target, name, { value: methods[name], writable: true, enumerable: false, configurable: true });
  }
}

defineMethods(proto, numberMethods);

// asciiSlice, utf8Write, ...: node's per-encoding methods (thin, with their own light checks).
const encodingMethodNames = ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8'];
const encodingMethods = {};
for (const name of encodingMethodNames) {
  const ops = encodingOps[name === 'ucs2' ? 'utf16le' : name];
  encodingMethods[`${name}Slice`] = {
    [`${name}Slice`](start = 0, end = this.length) {
      start = Math.trunc(start) || 0;
      end = Math.trunc(end) || 0;
      if (end < start) end = start;
      if (start < 0 || end > this.length) throw indexOutOfRangeError();
      return ops.slice(this, start, end);
    },
  }[`${name}Slice`];
}
for (const name of encodingMethodNames) {
  const ops = encodingOps[name === 'ucs2' ? 'utf16le' : name];
  encodingMethods[`${name}Write`] = {
    [`${name}Write`](string, offset = 0, length = this.length - offset) {
      if (typeof string !== 'string') throw notAStringError();
      if (offset < 0 || offset > this.length) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
      return ops.write(this, string, offset, Math.min(length, this.length - offset));
    },
  }[`${name}Write`];
}
defineMethods(proto, encodingMethods);

defineMethods(proto, {
  copy(target, targetStart, sourceStart, sourceEnd) {
    if (!isUint8Array(this)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], this);
    // node 24 copies into any typed array or DataView, byte by byte
    if (!ArrayBuffer.isView(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    if (!isUint8Array(target)) target = new Uint8Array(target.buffer, target.byteOffset, target.byteLength);
    if (targetStart === undefined) {
      targetStart = 0;
    } else {
      targetStart = toPosition(targetStart);
      if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
    }
    if (sourceStart === undefined) {
      sourceStart = 0;
    } else {
      sourceStart = toPosition(sourceStart);
      if (sourceStart < 0 || sourceStart > this.length) {
        throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
      }
    }
    if (sourceEnd === undefined) {
      sourceEnd = this.length;
    } else {
      sourceEnd = toPosition(sourceEnd);
      if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
    }
    if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
    return copyBytes(this, target, targetStart, sourceStart, sourceEnd);
  },

  toString(encoding, start, end) {
    if (arguments.length === 0) return utf8.slice(this, 0, this.length);
    const length = this.length;
    if (start <= 0) start = 0;
    else if (start >= length) return '';
    else start = Math.trunc(start) || 0;
    if (end === undefined || end > length) end = length;
    else end = Math.trunc(end) || 0;
    if (end <= start) return '';
    if (encoding === undefined) return utf8.slice(this, start, end);
    const ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.slice(this, start, end);
  },

  equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
    if (this === otherBuffer) return true;
    if (this.byteLength !== otherBuffer.byteLength) return false;
    return this.byteLength === 0 || compareBytes(this, otherBuffer) === 0;
  },

  inspect: inspectBuffer,

  compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    // node 24 copies into any typed array or DataView, byte by byte
    if (!ArrayBuffer.isView(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    if (!isUint8Array(target)) target = new Uint8Array(target.buffer, target.byteOffset, target.byteLength);
    if (arguments.length === 1) return compareBytes(this, target);
    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, 'targetStart');
    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, 'sourceStart');
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    return compareRanges(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
  },

  indexOf(value, byteOffset, encoding) {
    return bidirectionalIndexOf(this, value, byteOffset, encoding, true);
  },

  lastIndexOf(value, byteOffset, encoding) {
    return bidirectionalIndexOf(this, value, byteOffset, encoding, false);
  },

  includes(value, byteOffset, encoding) {
    return this.indexOf(value, byteOffset, encoding) !== -1;
  },

  fill(value, offset, end, encoding) {
    return fillBuffer(this, value, offset, end, encoding);
  },

  write(string, offset, length, encoding) {
    if (offset === undefined) return utf8Write(this, string, 0, this.length);
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    if (!encoding || encoding === 'utf8') return utf8Write(this, string, offset, length);
    const ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (typeof string !== 'string') throw notAStringError();
    return ops.write(this, string, offset, length);
  },

  toJSON() {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; i++) data[i] = this[i];
    return { type: 'Buffer', data };
  },

  subarray(start, end) {
    const length = this.length;
    start = adjustOffset(start, length);
    end = end !== undefined ? adjustOffset(end, length) : length;
    return new FastBuffer(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
  },

  // node's slice goes through this.subarray, so on a plain Uint8Array it yields a Uint8Array
  slice(start, end) {
    return this.subarray(start, end);
  },

  swap16() {
    return swapBytes(this, 2, '16-bits');
  },

  swap32() {
    return swapBytes(this, 4, '32-bits');
  },

  swap64() {
    return swapBytes(this, 8, '64-bits');
  },
});

defineMethods(proto, { toLocaleString: proto.toString, [customInspectSymbol]: inspectBuffer });
Object.defineProperty(proto, 'parent', {
  get() { return this instanceof Buffer ? this.buffer : undefined; },
  enumerable: true, configurable: true,
});
Object.defineProperty(proto, 'offset', {
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
  enumerable: true, configurable: true,
});

// node's native slicers reject a bad range with this bare message
function indexOutOfRangeError() {
  return fromHost('RangeError', 'ERR_OUT_OF_RANGE', 'Index out of range');
}

// node's native writers reject a non-string with this bare message
function notAStringError() {
  return fromHost('TypeError', 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
}

function utf8Write(buf, string, offset, length) {
  if (typeof string !== 'string') throw notAStringError();
  return utf8.write(buf, string, offset, length);
}

function compareRanges(source, sourceStart, sourceEnd, target, targetStart, targetEnd) {
  const sourceLength = sourceEnd - sourceStart;
  const targetLength = targetEnd - targetStart;
  const count = Math.min(sourceLength, targetLength, source.length - sourceStart);
  for (let i = 0; i < count; i++) {
    const a = source[sourceStart + i];
    const b = target[targetStart + i];
    if (a !== b) return a < b ? -1 : 1;
  }
  if (sourceLength > targetLength) return 1;
  if (sourceLength < targetLength) return -1;
  return 0;
}

function swapBytes(buf, size, label) {
  const length = buf.length;
  if (length % size !== 0) throw new ERR_INVALID_BUFFER_SIZE(label);
  const half = size >>> 1;
  for (let at = 0; at < length; at += size) {
    for (let i = 0; i < half; i++) {
      const low = at + i;
      const high = at + size - 1 - i;
      const byte = buf[low];
      buf[low] = buf[high];
      buf[high] = byte;
    }
  }
  return buf;
}

// ---- inspection ----

let inspect;

// `<Buffer 68 69 ... N more bytes, extra: props>`, as node prints it.
function inspectBuffer(recurseTimes, ctx) {
  const shown = Math.trunc(Math.min(INSPECT_MAX_BYTES, this.length));   // 2.5 shows 2 bytes
  const remaining = this.length - INSPECT_MAX_BYTES;
  let text = encodingOps.hex.slice(this, 0, shown).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) text += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    // typed arrays list their indices first, then their other own keys
    const extraKeys = Reflect.ownKeys(this).slice(this.length)
      .filter((key) => ctx.showHidden || Object.prototype.propertyIsEnumerable.call(this, key));
    if (extraKeys.length > 0) {
      const extras = { __proto__: null };
      for (const key of extraKeys) extras[key] = this[key];
      inspect ??= require('internal/util/inspect').inspect;
      const inspected = inspect(extras, { ...ctx, breakLength: Infinity, compact: true });
      if (this.length !== 0) text += ', ';
      text += inspected.slice(inspected.indexOf('{') + 2, -2);   // the entries without the braces
    }
  }
  return `<${this.constructor.name} ${text}>`;
}

// ---- module-level helpers ----

const transcodeEncodings = { __proto__: null, ascii: true, latin1: true, utf16le: true, utf8: true };

// Re-encodes between the encodings node's ICU converter supports here; characters the target cannot
// hold become '?', as ICU substitutes them.
function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  if (!transcodeEncodings[from] || !transcodeEncodings[to]) {
    const error = new Error('Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
    error.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    error.errno = 1;
    throw error;
  }
  let text;
  if (from === 'ascii') {
    // ICU reads ASCII's high bytes as invalid (U+FFFD), except on the direct path to UTF-16
    text = encodingOps.latin1.slice(source, 0, source.length);
    if (to !== 'utf16le') text = text.replace(/[\x80-\xff]/g, '\ufffd');
  } else {
    text = encodingOps[from].slice(source, 0, from === 'utf16le' ? source.length & ~1 : source.length);
  }
  if (to === 'ascii') text = text.replace(/[^\x00-\x7f]/gu, '?');
  else if (to === 'latin1') text = text.replace(/[^\x00-\xff]/gu, '?');
  return fromString(text, to);
}

module.exports = {
  Buffer,
  SlowBuffer: deprecatedSlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES: undefined,   // replaced by the accessor below, keeping node's key order
  Blob,
  resolveObjectURL,
  File,
};

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  get() { return INSPECT_MAX_BYTES; },
  set(value) {
    validateNumber(value, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = value;
  },
  enumerable: true,
  configurable: true,
});
