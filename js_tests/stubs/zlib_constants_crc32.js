// zlib.constants / zlib.codes values and crc32 (strings, buffers, running value).
const zlib = require('zlib');
const { constants: c, codes } = zlib;
console.log(c.Z_OK, c.Z_BEST_COMPRESSION, c.Z_DEFAULT_COMPRESSION, c.BROTLI_PARAM_QUALITY, c.DEFLATE, c.GZIP);
console.log(codes.Z_OK, codes.Z_DATA_ERROR, codes['0'], codes['-3'], Object.keys(c).length);
console.log(zlib.crc32('hello'), zlib.crc32(''), zlib.crc32(Buffer.from('hello world')));
console.log(zlib.crc32('world', zlib.crc32('hello ')) === zlib.crc32('hello world'));
console.log(zlib.crc32('\u00e9t\u00e9'), zlib.crc32(new Uint8Array([1, 2, 3])));
