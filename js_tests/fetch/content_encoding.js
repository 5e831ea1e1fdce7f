'use strict';
// fetch decodes Content-Encoding as undici does: gzip / x-gzip, deflate (zlib-wrapped or raw),
// br, zstd, several codings in the order they were applied; the headers stay as sent; an unknown
// coding is left alone; a body that does not decode fails the read with TypeError('terminated').
const http = require('http');
const zlib = require('zlib');

const text = 'hello compressed world '.repeat(20);
const server = http.createServer((req, res) => {
  const coding = req.url.slice(1);
  let data = Buffer.from(text);
  let header = coding;
  if (coding === 'gzip' || coding === 'x-gzip') data = zlib.gzipSync(data);
  else if (coding === 'deflate') data = zlib.deflateSync(data);
  else if (coding === 'deflate-raw') {
    data = zlib.deflateRawSync(data);
    header = 'deflate';
  } else if (coding === 'br') data = zlib.brotliCompressSync(data);
  else if (coding === 'zstd') data = zlib.zstdCompressSync(data);
  else if (coding === 'gzip-then-br') {
    data = zlib.brotliCompressSync(zlib.gzipSync(data));
    header = 'gzip, br';
  } else if (coding === 'corrupt') {
    data = Buffer.from('not gzip at all');
    header = 'gzip';
  } else if (coding === 'unknown') header = 'foo';
  if (coding !== 'identity') res.setHeader('content-encoding', header);
  res.setHeader('content-length', data.length);
  res.end(data);
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  for (const coding of ['gzip', 'x-gzip', 'deflate', 'deflate-raw', 'br', 'zstd', 'gzip-then-br', 'identity', 'unknown', 'corrupt']) {
    try {
      const res = await fetch(`${base}/${coding}`);
      const body = await res.text();
      console.log(coding, res.headers.get('content-encoding'), res.headers.get('content-length'), body === text);
    } catch (err) {
      console.log(coding, err.name, err.message, err.cause?.code, err.cause?.message);
    }
  }
  const head = await fetch(`${base}/gzip`, { method: 'HEAD' });
  console.log('head', head.status, JSON.stringify(await head.text()));
  const streamed = await fetch(`${base}/gzip`);
  let total = 0;
  for await (const chunk of streamed.body) total += chunk.length;
  console.log('streamed', total === text.length);
  server.close();
});
