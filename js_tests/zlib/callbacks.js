'use strict';
// The callback forms run on the thread pool and call back later; util.promisify works on them;
// errors arrive as node's (Error with errno and code) through the callback.
const zlib = require('zlib');
const util = require('util');

const input = Buffer.from('callback data '.repeat(500));
const order = [];
// one after another: pool jobs of separate calls finish in any order (in node too)
const steps = [
  (next) => zlib.deflate(input, (err, packed) => {
    order.push('deflate');
    zlib.inflate(packed, (err2, back) => {
      console.log('inflate', err2, back.equals(input));
      next();
    });
  }),
  (next) => zlib.gzip(input, { level: 1 }, (err, packed) => {
    zlib.gunzip(packed, (err2, back) => {
      console.log('gunzip', err2, back.equals(input));
      next();
    });
  }),
  (next) => zlib.inflate(Buffer.from('not compressed'), (err, result) => {
    console.log('bad input:', err.message, err.errno, err.code, result);
    next();
  }),
  (next) => zlib.gunzip(Buffer.alloc(0), (err) => {
    console.log('empty gunzip:', err.message, err.code);
    next();
  }),
  (next) => zlib.inflate(zlib.deflateSync(input), { maxOutputLength: 100 }, (err) => {
    console.log('too large:', err.name, err.code, err.message);
    next();
  }),
  (next) => zlib.deflate('abc', { info: true }, (err, { buffer, engine }) => {
    console.log('info', buffer.length > 0, engine.constructor.name);
    next();
  }),
];
const run = () => steps.length && steps.shift()(run);
run();
order.push('after call');

steps.push(async () => {
  const deflate = util.promisify(zlib.deflate);
  const unzip = util.promisify(zlib.unzip);
  const brotli = util.promisify(zlib.brotliCompress);
  const unbrotli = util.promisify(zlib.brotliDecompress);
  const zstd = util.promisify(zlib.zstdCompress);
  const unzstd = util.promisify(zlib.zstdDecompress);
  console.log('promisify deflate/unzip', (await unzip(await deflate(input))).equals(input));
  const b = await brotli(input);
  console.log('promisify brotli', b.equals(zlib.brotliCompressSync(input)), (await unbrotli(b)).equals(input));
  const z = await zstd(input);
  console.log('promisify zstd', (await unzstd(z)).equals(input));
  await unbrotli(Buffer.from('garbage')).catch((e) => console.log('brotli error:', e.message, e.errno, e.code));
  await unzstd(Buffer.from('garbage here')).catch((e) => console.log('zstd error:', e.message, e.errno, e.code));
  console.log(order);
});

try {
  zlib.deflate('x');
} catch (e) {
  console.log(e.code, e.message);
}
try {
  zlib.deflate(42, () => {});
} catch (e) {
  console.log(e.code, e.message);
}
