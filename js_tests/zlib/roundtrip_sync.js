'use strict';
// Every format's *Sync pair gives back what went in, for text, binary, empty and large inputs;
// brotli and zstd compress to node's exact bytes (the same libraries); deflate at levels 1-9 with
// the default strategy is checked by round trip only, its bytes differ from node's (see README:
// node's zlib is Chromium's fork; exact_bytes.js has the cases where both choose the same bytes).
const zlib = require('zlib');
const crypto = require('crypto');

const inputs = {
  empty: Buffer.alloc(0),
  text: Buffer.from('hello world '.repeat(1000)),
  binary: Buffer.from(Array.from({ length: 70000 }, (_, i) => (i * 7919) % 251)),
  random: crypto.createHash('sha512').update('seed').digest(),
};
const pairs = [
  ['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'], ['deflateRawSync', 'inflateRawSync'],
  ['deflateSync', 'unzipSync'], ['gzipSync', 'unzipSync'], ['brotliCompressSync', 'brotliDecompressSync'],
  ['zstdCompressSync', 'zstdDecompressSync'],
];
for (const [name, input] of Object.entries(inputs)) {
  for (const [compress, decompress] of pairs) {
    const packed = zlib[compress](input);
    const back = zlib[decompress](packed);
    console.log(name, compress, decompress, Buffer.isBuffer(packed), back.equals(input));
  }
  console.log(name, 'brotli', zlib.brotliCompressSync(input).toString('base64').slice(0, 60));
  console.log(name, 'zstd', zlib.zstdCompressSync(input).toString('base64').slice(0, 60));
}
for (const level of [-1, 0, 1, 5, 9]) {
  for (const strategy of [0, 1, 2, 3, 4]) {
    const packed = zlib.deflateSync(inputs.binary, { level, strategy });
    console.log('level', level, 'strategy', strategy, zlib.inflateSync(packed).equals(inputs.binary));
  }
}
// headers: the zlib header's level bits and gzip's extra flags are node's
for (const level of [-1, 0, 1, 2, 6, 7, 9]) {
  console.log('header', level, zlib.deflateSync('x', { level }).subarray(0, 2).toString('hex'),
    zlib.gzipSync('x', { level }).subarray(0, 10).toString('hex'));
}
for (const windowBits of [8, 9, 12, 15]) {
  const packed = zlib.deflateSync(inputs.text, { windowBits });
  console.log('windowBits', windowBits, packed.subarray(0, 2).toString('hex'), zlib.inflateSync(packed).equals(inputs.text),
    zlib.inflateSync(packed, { windowBits: 0 }).equals(inputs.text));
}
// level 0 stores the input: the same bytes as node
console.log(zlib.deflateSync('stored bytes', { level: 0 }).toString('hex'));
console.log(zlib.gzipSync('stored bytes', { level: 0 }).toString('hex'));
console.log(zlib.deflateRawSync('stored bytes', { level: 0 }).toString('hex'));
// strings, ArrayBuffers and other views are accepted
console.log(zlib.inflateSync(zlib.deflateSync(new Uint16Array([1, 2, 3]).buffer)).toString('hex'));
console.log(zlib.inflateSync(zlib.deflateSync(new DataView(new Uint8Array([9, 8, 7]).buffer))).toString('hex'));
console.log(zlib.gunzipSync(zlib.gzipSync('text in, text out')).toString());
// info: true gives the engine too
const { buffer, engine } = zlib.deflateSync('abc', { info: true });
console.log(zlib.inflateSync(buffer).toString(), engine.constructor.name, engine.bytesWritten, engine._closed);
