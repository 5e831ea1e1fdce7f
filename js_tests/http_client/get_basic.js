'use strict';
// http.get and http.request against a server in the same program: a URL string, a URL object and
// an options object; the status, the headers as the client sees them, the body in chunks.
const http = require('http');

const server = http.createServer((req, res) => {
  res.setHeader('X-Path', req.url);
  res.setHeader('Set-Cookie', ['a=1', 'b=2']);
  res.setHeader('X-Dup', 'one');
  res.appendHeader('X-Dup', 'two');
  res.writeHead(req.url === '/missing' ? 404 : 200, { 'Content-Type': 'text/plain' });
  res.end(`you asked ${req.method} ${req.url} host=${req.headers.host === `127.0.0.1:${server.address().port}`}`);
});

function show(label, res, body) {
  console.log(label, res.statusCode, res.statusMessage, res.httpVersion, res.complete);
  console.log(' ', res.headers['content-type'], res.headers['x-path'], res.headers['set-cookie'], res.headers['x-dup']);
  console.log(' ', res.rawHeaders.filter((_, i) => i % 2 === 0).filter((n) => n !== 'Date'));
  console.log(' ', body);
}

function get(label, ...args) {
  return new Promise((resolve) => {
    const req = http.get(...args, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => {
        show(label, res, body);
        resolve();
      });
    });
    console.log(label, 'request', req.method, req.path, req.host, req.protocol, req.getHeader('host') !== undefined);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  await get('string', `http://127.0.0.1:${port}/a?b=c`);
  await get('url', new URL(`http://127.0.0.1:${port}/missing`));
  await get('options', { host: '127.0.0.1', port, path: '/opts', headers: { 'X-Test': 'yes' } });
  await get('url+options', `http://127.0.0.1:${port}/x`, { path: '/overridden' });
  const res = await new Promise((resolve) => http.request({ port, host: '127.0.0.1', method: 'HEAD' }, resolve).end());
  res.resume();
  res.on('end', () => {
    console.log('head', res.statusCode, res.headers['content-type'], res.headers['content-length']);
    server.close(() => console.log('closed'));
  });
});
