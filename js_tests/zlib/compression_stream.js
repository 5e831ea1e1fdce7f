'use strict';
// CompressionStream / DecompressionStream globals (and node:stream/web's): node 24's formats,
// round trips, the enum error, trailing data refused, zlib errors as TypeErrors with a cause.
const zlib = require('zlib');
const web = require('stream/web');

console.log(web.CompressionStream === CompressionStream, web.DecompressionStream === DecompressionStream);
for (const format of ['deflate', 'gzip', 'deflate-raw', 'brotli', 'zstd', 'GZIP', undefined]) {
  try {
    new CompressionStream(format);
    console.log(format, 'ok');
  } catch (e) {
    console.log(format, e.name, e.code, e.message, Object.keys(e));
  }
}
const cs = new CompressionStream('gzip');
console.log(cs, Object.getOwnPropertyNames(CompressionStream.prototype), String(cs));
try {
  Reflect.get(DecompressionStream.prototype, 'readable', {});
} catch (e) {
  console.log(e.name, /Cannot read private member/.test(e.message));
}

const text = 'compress me '.repeat(300);
const attempt = async (label, parts, format) => {
  try {
    const out = await Array.fromAsync(new Blob(parts).stream().pipeThrough(new DecompressionStream(format)));
    console.log(label, 'ok', Buffer.concat(out).toString().length);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e.cause?.message, e.cause?.errno);
  }
};

(async () => {
  for (const format of ['deflate', 'gzip', 'deflate-raw', 'brotli']) {
    const compressed = Buffer.concat(await Array.fromAsync(new Blob([text]).stream().pipeThrough(new CompressionStream(format))));
    const back = await Array.fromAsync(new Blob([compressed]).stream().pipeThrough(new DecompressionStream(format)));
    console.log(format, back.every((c) => c instanceof Uint8Array), Buffer.concat(back).toString() === text);
  }
  const gzip = zlib.gzipSync('member');
  const deflate = zlib.deflateSync('deflated');
  await attempt('gzip members', [gzip, gzip], 'gzip');
  await attempt('gzip then zero', [gzip, new Uint8Array(1)], 'gzip');
  await attempt('deflate twice', [deflate, deflate], 'deflate');
  await attempt('not deflate', [new Uint8Array([1, 2, 3])], 'deflate');
  await attempt('truncated', [deflate.subarray(0, 5)], 'deflate');
  await attempt('brotli then zeros', [zlib.brotliCompressSync('b'), new Uint8Array(3)], 'brotli');
})();
