'use strict';
// node:zlib: the constants, codes and crc32; compression itself is not implemented yet (every
// deflate / inflate / gzip / brotli function and class throws ERR_METHOD_NOT_IMPLEMENTED).

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateUint32 } = require('internal/validators');
const { notImplemented, notImplementedClass } = require('internal/not_implemented');
const { constants, codes } = require('internal/zlib_constants');

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

const classes = ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip', 'BrotliCompress',
  'BrotliDecompress', 'ZstdCompress', 'ZstdDecompress'];
const exported = { crc32 };
for (const name of classes) {
  exported[name] = notImplementedClass(name);
  const factory = `create${name}`;
  exported[factory] = notImplemented(factory);
}
for (const name of ['deflate', 'deflateRaw', 'gzip', 'gunzip', 'inflate', 'inflateRaw', 'unzip', 'brotliCompress',
  'brotliDecompress', 'zstdCompress', 'zstdDecompress']) {
  exported[name] = notImplemented(name);
  exported[`${name}Sync`] = notImplemented(`${name}Sync`);
}
Object.defineProperty(exported, 'constants', { value: constants, enumerable: true, configurable: false, writable: false });
Object.defineProperty(exported, 'codes', { value: codes, enumerable: true, configurable: false, writable: false });

module.exports = exported;
