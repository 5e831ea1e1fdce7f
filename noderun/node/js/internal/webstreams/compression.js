'use strict';
// CompressionStream and DecompressionStream (the Compression standard, with node 24's formats:
// 'deflate', 'deflate-raw', 'gzip' and 'brotli'): a readable / writable pair over a node:zlib stream.
// A zlib decompressor refuses bytes after the end of the compressed data, and its errors reach the
// web side as node's do: a TypeError with the zlib error's code and the error as its cause.

const { customInspect, makeEnumerable } = require('internal/webstreams/util');
const { newReadableWritablePairFromDuplex } = require('internal/webstreams/adapters');
const { codes: { ERR_INVALID_THIS } } = require('internal/errors');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const formats = ['deflate', 'deflate-raw', 'gzip', 'brotli'];

function compressionFormat(format, className) {
  const value = `${format}`;
  if (!formats.includes(value)) {
    const error = new TypeError(`Failed to construct '${className}': 1st argument value '${value}' is not a valid ` +
      'enum value of type CompressionFormat.');
    error.code = 'ERR_INVALID_ARG_VALUE';
    throw error;
  }
  return value;
}

function asWebError(error) {
  if (error instanceof TypeError) return error;
  const webError = new TypeError('', { cause: error });
  webError.code = error.code;
  return webError;
}

class CompressionStream {
  #transform;

  constructor(format) {
    format = compressionFormat(format, 'CompressionStream');
    const zlib = require('zlib');
    const engine = format === 'deflate' ? zlib.createDeflate()
      : format === 'deflate-raw' ? zlib.createDeflateRaw()
        : format === 'gzip' ? zlib.createGzip() : zlib.createBrotliCompress();
    this.#transform = newReadableWritablePairFromDuplex(engine);
  }

  get readable() {
    return this.#transform.readable;
  }

  get writable() {
    return this.#transform.writable;
  }

  [customInspectSymbol](depth, options) {
    if (this === null || typeof this !== 'object' || !(#transform in this)) throw new ERR_INVALID_THIS('CompressionStream');
    return customInspect(this, depth, options, 'CompressionStream', { readable: this.readable, writable: this.writable });
  }
}

class DecompressionStream {
  #transform;

  constructor(format) {
    format = compressionFormat(format, 'DecompressionStream');
    const zlib = require('zlib');
    // bytes after the end are an error (gzip members may follow each other; brotli is not checked)
    const options = { rejectGarbageAfterEnd: true };
    const engine = format === 'deflate' ? zlib.createInflate(options)
      : format === 'deflate-raw' ? zlib.createInflateRaw(options)
        : format === 'gzip' ? zlib.createGunzip(options) : zlib.createBrotliDecompress();
    engine[require('internal/zlib/base').kErrorWrapper] = asWebError;
    this.#transform = newReadableWritablePairFromDuplex(engine);
  }

  get readable() {
    return this.#transform.readable;
  }

  get writable() {
    return this.#transform.writable;
  }

  [customInspectSymbol](depth, options) {
    if (this === null || typeof this !== 'object' || !(#transform in this)) throw new ERR_INVALID_THIS('DecompressionStream');
    return customInspect(this, depth, options, 'DecompressionStream', { readable: this.readable, writable: this.writable });
  }
}

makeEnumerable(CompressionStream, ['readable', 'writable']);
makeEnumerable(DecompressionStream, ['readable', 'writable']);

module.exports = { CompressionStream, DecompressionStream };
