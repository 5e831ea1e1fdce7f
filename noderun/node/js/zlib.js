'use strict';
// node:zlib: deflate / inflate / gzip / gunzip / raw / unzip (the stdlib zlib on the host), brotli
// and zstd as Transform streams (internal/zlib/base.js), callback and *Sync convenience functions,
// crc32, constants and codes. Argument checks and option defaults are node 24's.

const { Buffer } = require('buffer');
const { isAnyArrayBuffer } = require('internal/buffer/checks');
const {
  codes: { ERR_BROTLI_INVALID_PARAM, ERR_INTERNAL_ASSERTION, ERR_INVALID_ARG_TYPE, ERR_ZSTD_INVALID_PARAM },
} = require('internal/errors');
const { validateUint32 } = require('internal/validators');
const { deprecate } = require('internal/util/deprecate');
const { constants, codes } = require('internal/zlib_constants');
const { ZlibBase, ZlibHandle, checkRangesOrGetDefault, zlibBuffer, zlibBufferSync } = require('internal/zlib/base');

const {
  DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP, BROTLI_DECODE, BROTLI_ENCODE, ZSTD_COMPRESS,
  ZSTD_DECOMPRESS, Z_NO_FLUSH, Z_BLOCK, Z_FINISH, Z_FULL_FLUSH, Z_SYNC_FLUSH, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS,
  Z_DEFAULT_WINDOWBITS, Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION, Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL,
  Z_DEFAULT_MEMLEVEL, Z_DEFAULT_STRATEGY, Z_FIXED, BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH,
  BROTLI_OPERATION_FINISH, BROTLI_OPERATION_EMIT_METADATA, ZSTD_e_continue, ZSTD_e_flush, ZSTD_e_end,
} = constants;

let crcTable;
function crc32(data, value = 0) {
  if (typeof data === 'string') data = new TextEncoder().encode(data);
  else if (!ArrayBuffer.isView(data)) throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  validateUint32(value, 'value');
  crcTable ??= Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  let crc = (value ^ 0xFFFFFFFF) >>> 0;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]) & 0xFF] ^ (crc >>> 8);
  return (crc ^ 0xFFFFFFFF) >>> 0;
}

// A dictionary option as the bytes the host reads (a Uint8Array over the same memory).
function dictionaryBytes(dictionary) {
  if (dictionary === undefined) return undefined;
  if (ArrayBuffer.isView(dictionary)) {
    return new Uint8Array(dictionary.buffer, dictionary.byteOffset, dictionary.byteLength);
  }
  if (isAnyArrayBuffer(dictionary)) return new Uint8Array(dictionary);
  throw new ERR_INVALID_ARG_TYPE('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
}

const zlibFlushes = { flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH };
const zlibFlushBounds = [Z_NO_FLUSH, Z_BLOCK];

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // 0 is no window size for a compressor, but tells a decompressor to read it from the header
    if ((opts.windowBits == null || opts.windowBits === 0) && (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // gzip needs a window of 9 bits or more
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits',
        Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0), Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL,
      Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED,
      Z_DEFAULT_STRATEGY);
    dictionary = dictionaryBytes(opts.dictionary);
  }
  const handle = new ZlibHandle(mode, { level, windowBits, memLevel, strategy }, dictionary);
  this._writeState = new Uint32Array(2);
  Reflect.apply(ZlibBase, this, [opts, mode, handle, zlibFlushes, zlibFlushBounds]);
  this._level = level;
  this._strategy = strategy;
  this._mode = mode;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

// Changing level or strategy mid-stream: flush what was compressed so far, then switch.
Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, () => {
      if (!this._handle) throw new ERR_INTERNAL_ASSERTION('zlib binding closed');
      this._handle.params(level, strategy);
      if (!this.destroyed) {
        this._level = level;
        this._strategy = strategy;
        if (callback) callback();
      }
    });
  } else {
    process.nextTick(callback);
  }
};

// The classes node lets callers use without `new` (DEP0184 warns once): `Base` (Zlib or Brotli)
// in `mode`.
function publicClass(name, Base, mode) {
  const warn = deprecate(() => {}, `Instantiating ${name} without the 'new' keyword has been deprecated.`, 'DEP0184');
  const ctor = {
    [name]: function(opts) {
      if (!(this instanceof ctor)) {
        warn();
        return new ctor(opts);
      }
      Reflect.apply(Base, this, [opts, mode]);
    },
  }[name];
  Object.setPrototypeOf(ctor.prototype, Base.prototype);
  Object.setPrototypeOf(ctor, Base);
  return ctor;
}

const Deflate = publicClass('Deflate', Zlib, DEFLATE);
const Inflate = publicClass('Inflate', Zlib, INFLATE);
const Gzip = publicClass('Gzip', Zlib, GZIP);
const Gunzip = publicClass('Gunzip', Zlib, GUNZIP);
const DeflateRaw = publicClass('DeflateRaw', Zlib, DEFLATERAW);
const InflateRaw = publicClass('InflateRaw', Zlib, INFLATERAW);
const Unzip = publicClass('Unzip', Zlib, UNZIP);

// A `params` option ({ [id]: value }) as the host takes it, checked as node checks it.
function paramsOption(opts, maxParam, InvalidParam, asValue) {
  const params = {};
  if (!opts?.params) return params;
  for (const origKey of Object.keys(opts.params)) {
    const key = +origKey;
    if (Number.isNaN(key) || key < 0 || key > maxParam || params[key] !== undefined) throw new InvalidParam(origKey);
    const value = opts.params[origKey];
    if (typeof value !== 'number' && typeof value !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', value);
    }
    params[key] = asValue(value);
  }
  // node keeps the values in a Uint32Array where -1 means "not set"
  for (const key of Object.keys(params)) if (params[key] === -1) delete params[key];
  return params;
}

const maxParamOf = (prefix) => Math.max(...Object.entries(constants).map(([key, value]) => (key.startsWith(prefix) ? value : 0)));
const kMaxBrotliParam = maxParamOf('BROTLI_PARAM_');
const brotliFlushes = { flush: BROTLI_OPERATION_PROCESS, finishFlush: BROTLI_OPERATION_FINISH,
  fullFlush: BROTLI_OPERATION_FLUSH };
const brotliFlushBounds = [BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_EMIT_METADATA];
const asUint32 = (value) => ((Number(value) >>> 0) === 0xFFFFFFFF ? -1 : Number(value) >>> 0);

function Brotli(opts, mode) {
  const params = paramsOption(opts, kMaxBrotliParam, ERR_BROTLI_INVALID_PARAM, asUint32);
  const handle = new ZlibHandle(mode, { params });
  this._writeState = new Uint32Array(2);
  Reflect.apply(ZlibBase, this, [opts, mode, handle, brotliFlushes, brotliFlushBounds]);
}
Object.setPrototypeOf(Brotli.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Brotli, ZlibBase);

const BrotliCompress = publicClass('BrotliCompress', Brotli, BROTLI_ENCODE);
const BrotliDecompress = publicClass('BrotliDecompress', Brotli, BROTLI_DECODE);

const zstdFlushes = { flush: ZSTD_e_continue, finishFlush: ZSTD_e_end, fullFlush: ZSTD_e_flush };
const zstdFlushBounds = [ZSTD_e_continue, ZSTD_e_end];
const kMaxZstdCParam = maxParamOf('ZSTD_c_');
const kMaxZstdDParam = maxParamOf('ZSTD_d_');
const asInt32 = (value) => Number(value) | 0;

class Zstd extends ZlibBase {
  constructor(opts, mode, maxParam) {
    const params = paramsOption(opts, maxParam, ERR_ZSTD_INVALID_PARAM, asInt32);
    const options = { params };
    if (typeof opts?.pledgedSrcSize === 'number') options.pledgedSrcSize = opts.pledgedSrcSize;
    const handle = new ZlibHandle(mode, options, dictionaryBytes(opts?.dictionary));
    super(opts, mode, handle, zstdFlushes, zstdFlushBounds);
    this._writeState = new Uint32Array(2);
  }
}

class ZstdCompress extends Zstd {
  constructor(opts) {
    super(opts, ZSTD_COMPRESS, kMaxZstdCParam);
  }
}

class ZstdDecompress extends Zstd {
  constructor(opts) {
    super(opts, ZSTD_DECOMPRESS, kMaxZstdDParam);
  }
}

function convenienceMethods(Ctor) {
  function sync(buffer, opts) {
    return zlibBufferSync(new Ctor(opts), buffer);
  }
  function callbackForm(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new Ctor(opts), buffer, callback);
  }
  return [callbackForm, sync];
}

const exported = {
  crc32, Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, BrotliCompress, BrotliDecompress,
  ZstdCompress, ZstdDecompress,
};
for (const [name, Ctor] of [['deflate', Deflate], ['gzip', Gzip], ['deflateRaw', DeflateRaw], ['unzip', Unzip],
  ['inflate', Inflate], ['gunzip', Gunzip], ['inflateRaw', InflateRaw], ['brotliCompress', BrotliCompress],
  ['brotliDecompress', BrotliDecompress], ['zstdCompress', ZstdCompress], ['zstdDecompress', ZstdDecompress]]) {
  const [callbackForm, sync] = convenienceMethods(Ctor);
  Object.defineProperty(callbackForm, 'name', { value: 'asyncBufferWrapper' });
  Object.defineProperty(sync, 'name', { value: 'syncBufferWrapper' });
  exported[name] = callbackForm;
  exported[`${name}Sync`] = sync;
}
for (const Ctor of [Deflate, Inflate, DeflateRaw, InflateRaw, Gzip, Gunzip, Unzip, BrotliCompress, BrotliDecompress,
  ZstdCompress, ZstdDecompress]) {
  exported[`create${Ctor.name}`] = (opts) => new Ctor(opts);
}
// The old way to reach the constants (all but brotli's), not enumerated
for (const key of Object.keys(constants)) {
  if (!key.startsWith('BROTLI')) Object.defineProperty(exported, key, { value: constants[key], enumerable: false, writable: false });
}
Object.defineProperty(exported, 'constants', { value: constants, enumerable: true, configurable: false, writable: false });
Object.defineProperty(exported, 'codes', { value: codes, enumerable: true, configurable: false, writable: false });

module.exports = exported;
