'use strict';
// node's argument checks: ranges (ERR_OUT_OF_RANGE), types (ERR_INVALID_ARG_TYPE), brotli / zstd
// params, a zstd parameter the library refuses, and the option defaults NaN falls back to.
const zlib = require('zlib');

const attempts = {
  'chunkSize 0': () => zlib.createGzip({ chunkSize: 0 }),
  'chunkSize Infinity': () => zlib.createGzip({ chunkSize: Infinity }),
  'chunkSize string': () => zlib.createGzip({ chunkSize: '1024' }),
  'windowBits 0 gzip': () => zlib.createGzip({ windowBits: 0 }),
  'windowBits 8 gzip': () => zlib.createGzip({ windowBits: 8 }),
  'windowBits 16': () => zlib.createDeflate({ windowBits: 16 }),
  'windowBits 0 inflate': () => zlib.createInflate({ windowBits: 0 }),
  'windowBits 0 inflateRaw': () => zlib.createInflateRaw({ windowBits: 0 }),
  'level 10': () => zlib.deflateSync('x', { level: 10 }),
  'level -2': () => zlib.deflateSync('x', { level: -2 }),
  'memLevel 0': () => zlib.createGzip({ memLevel: 0 }),
  'strategy 5': () => zlib.createDeflate({ strategy: 5 }),
  'flush 6': () => zlib.createDeflate({ flush: 6 }),
  'finishFlush -1': () => zlib.createDeflate({ finishFlush: -1 }),
  'brotli flush 4': () => zlib.createBrotliCompress({ flush: 4 }),
  'zstd finishFlush 4': () => zlib.zstdCompressSync('', { finishFlush: zlib.constants.Z_FINISH }),
  'maxOutputLength 0': () => zlib.inflateSync(Buffer.alloc(1), { maxOutputLength: 0 }),
  'dictionary string': () => zlib.createDeflate({ dictionary: 'words' }),
  'dictionary ArrayBuffer': () => zlib.createDeflate({ dictionary: new ArrayBuffer(4) }),
  'input number': () => zlib.gzipSync(12),
  'input null': () => zlib.inflateSync(null),
  'input object': () => zlib.brotliCompressSync({}),
  'callback missing': () => zlib.gzip('x'),
  'callback not function': () => zlib.gunzip('x', {}, 'nope'),
  'brotli param key': () => zlib.createBrotliCompress({ params: { 99: 1 } }),
  'brotli param word': () => zlib.createBrotliCompress({ params: { quality: 1 } }),
  'brotli param value': () => zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: '5' } }),
  'brotli param bool': () => zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING]: true } }),
  'zstd param key': () => zlib.createZstdCompress({ params: { 999: 1 } }),
  'zstd param 00': () => zlib.createZstdCompress({ params: { '00': 1 } }),
  'zstd windowLog 99': () => zlib.createZstdCompress({ params: { [zlib.constants.ZSTD_c_windowLog]: 99 } }),
  'zstd windowLogMax 1': () => zlib.createZstdDecompress({ params: { [zlib.constants.ZSTD_d_windowLogMax]: 1 } }),
  'params level': () => zlib.createDeflate().params(11, 0, () => {}),
  'params strategy': () => zlib.createDeflate().params(1, -1, () => {}),
  'reset after close': () => {
    const deflate = zlib.createDeflate();
    deflate.close();
    deflate.reset();
  },
  'crc32 number': () => zlib.crc32(5),
  'crc32 value': () => zlib.crc32('x', -1),
};
for (const [name, attempt] of Object.entries(attempts)) {
  try {
    const result = attempt();
    console.log(name, 'ok', result?.constructor?.name);
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
// zstd's classes are ES classes (the message is the engine's, see README "Known differences")
try {
  zlib.ZstdCompress();
} catch (e) {
  console.log('zstd without new:', e.name);
}
const nan = zlib.createGzip({ level: NaN, strategy: NaN, chunkSize: NaN });
console.log(nan._level, nan._strategy, nan._chunkSize, nan._defaultFlushFlag, nan._finishFlushFlag, nan._defaultFullFlushFlag);
const brotli = zlib.createBrotliCompress();
console.log(brotli._defaultFlushFlag, brotli._finishFlushFlag, brotli._defaultFullFlushFlag, brotli._maxOutputLength);
console.log(zlib.crc32('hello'), zlib.crc32(Buffer.from('world'), zlib.crc32('hello ')), zlib.crc32(''));
