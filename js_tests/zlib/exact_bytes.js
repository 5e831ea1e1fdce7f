'use strict';
// Where node's zlib (Chromium's fork) and the stdlib's stock zlib choose the same bytes, noderun's
// output is node's byte for byte: stored blocks (level 0), Huffman-only and RLE strategies, the
// headers and trailers, and sync / full flush markers; brotli and zstd are the same libraries.
const zlib = require('zlib');
const { Z_HUFFMAN_ONLY, Z_RLE, Z_SYNC_FLUSH, Z_FULL_FLUSH } = zlib.constants;

const input = Buffer.from('hello world '.repeat(20) + Array.from({ length: 100 }, (_, i) => i * i % 101).join(','));
for (const strategy of [Z_HUFFMAN_ONLY, Z_RLE]) {
  for (const level of [1, 6, 9]) {
    console.log('deflate', strategy, level, zlib.deflateSync(input, { level, strategy }).toString('base64'));
  }
  console.log('gzip', strategy, zlib.gzipSync(input, { strategy }).toString('base64'));
  console.log('raw', strategy, zlib.deflateRawSync(input, { strategy, windowBits: 9 }).toString('base64'));
}
console.log('stored', zlib.deflateSync(input, { level: 0 }).toString('base64'));
console.log('brotli', zlib.brotliCompressSync(input).toString('base64'));
console.log('brotli q4 text', zlib.brotliCompressSync(input, {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT },
}).toString('base64'));
console.log('zstd', zlib.zstdCompressSync(input).toString('base64'));
console.log('zstd level 19 checksum', zlib.zstdCompressSync(input, {
  params: { [zlib.constants.ZSTD_c_compressionLevel]: 19, [zlib.constants.ZSTD_c_checksumFlag]: 1 },
}).toString('base64'));

// a stream flushed between writes: each flush ends on a byte boundary with node's marker
const deflate = zlib.createDeflate({ strategy: Z_RLE });
const parts = [];
deflate.on('data', (chunk) => parts.push(chunk.toString('hex')));
deflate.on('end', () => console.log('flushed stream', parts));
deflate.write('first part ', () => deflate.flush(Z_SYNC_FLUSH, () => {
  deflate.write('second part', () => deflate.flush(Z_FULL_FLUSH, () => deflate.end()));
}));
