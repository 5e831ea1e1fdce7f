// gzip of 50 MB of text through a zlib stream (64 KB writes, backpressure respected): MB of input
// per second, from the first write to 'end' of the compressed side. With argv[2] === 'gunzip', the
// same data gzipped beforehand is decompressed instead (MB of output per second).
const zlib = require('zlib');
const TOTAL = 50 * 1024 * 1024;
const words = ['alpha', 'beta', 'gamma', 'delta', 'request', 'response', 'header', 'value', 'node', 'zlib'];
const text = Buffer.alloc(TOTAL);
let at = 0;
for (let i = 0; at < TOTAL; i++) at += text.write(`${words[(i * 7) % 10]} ${i % 9973} `, at);
const gunzip = process.argv[2] === 'gunzip';
const input = gunzip ? zlib.gzipSync(text) : text;
const stream = gunzip ? zlib.createGunzip() : zlib.createGzip();
let produced = 0;
stream.on('data', (chunk) => { produced += chunk.length; });
const start = process.hrtime.bigint();
stream.on('end', () => {
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log((TOTAL / 1024 / 1024 / seconds).toFixed(1));
});
let offset = 0;
const pump = () => {
  while (offset < input.length) {
    const chunk = input.subarray(offset, offset + 65536);
    offset += chunk.length;
    if (!stream.write(chunk)) {
      stream.once('drain', pump);
      return;
    }
  }
  stream.end();
};
pump();
