'use strict';
// The headers fetch adds for its cache mode and for conditional and range requests (the
// standard's HTTP-network-or-cache fetch, as undici writes them): a conditional request in the
// default mode goes out as 'no-store' (Pragma and Cache-Control: no-cache, unless set), 'no-cache'
// adds Cache-Control: max-age=0, and a Range asks for the identity encoding. koa's and express's
// freshness checks answer 200 rather than 304 when the request says no-cache.
const http = require('node:http');

const server = http.createServer((req, res) => {
  const names = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (req.rawHeaders[i] !== 'host') names.push(`${req.rawHeaders[i]}=${req.rawHeaders[i + 1]}`);
  }
  res.end(names.join('\n  '));
});

const cases = [
  ['plain', {}],
  ['if-none-match', { headers: { 'if-none-match': '"v1"' } }],
  ['If-Modified-Since', { headers: { 'If-Modified-Since': 'Tue, 02 Jan 2024 03:04:05 GMT' } }],
  ['if-match', { method: 'PUT', body: 'x', headers: { 'if-match': '"v1"' } }],
  ['if-unmodified-since', { headers: { 'if-unmodified-since': 'Tue, 02 Jan 2024 03:04:05 GMT' } }],
  ['range', { headers: { range: 'bytes=0-1' } }],
  ['if-range + range', { headers: { 'if-range': '"v1"', range: 'bytes=0-1' } }],
  ['range + own accept-encoding', { headers: { range: 'bytes=0-1', 'accept-encoding': 'gzip' } }],
  ['cache no-store', { cache: 'no-store' }],
  ['cache reload', { cache: 'reload' }],
  ['cache no-cache', { cache: 'no-cache' }],
  ['cache force-cache', { cache: 'force-cache' }],
  ['no-store with own cache-control', { cache: 'no-store', headers: { 'cache-control': 'max-age=5' } }],
  ['conditional with own pragma', { headers: { 'if-none-match': '"v1"', pragma: 'x' } }],
  ['conditional in no-cache mode', { cache: 'no-cache', headers: { 'if-none-match': '"v1"' } }],
  ['Request object', new Request('http://x/', { cache: 'reload' })],
];

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}/`;
  for (const [label, init] of cases) {
    const response = init instanceof Request ? await fetch(new Request(base, init)) : await fetch(base, init);
    console.log(`${label}:\n  ${await response.text()}`);
  }
  server.close();
});
