'use strict';
// http.createServer answering a raw client: pipelined keep-alive requests answered in order,
// chunked and content-length bodies, HEAD / 204 / 304 without a body, writeHead's status message
// and header arrays, HTTP/1.0, and the errors of a response used wrongly.
const http = require('http');
const { raw } = require('./helpers/raw');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const events = [];
function flushEvents() {
  console.log(events.sort().join('\n'));
  events.length = 0;
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    console.log(req.method, req.url, req.httpVersion, JSON.stringify(body), req.complete, req.rawHeaders.length);
    switch (req.url) {
      case '/chunked':
        res.write('part one, ');
        res.write(Buffer.from('part two'));
        res.end(() => events.push(`end callback ${req.url}`));
        break;
      case '/length':
        res.writeHead(201, 'Made It', ['X-A', '1', 'X-A', '2', 'Content-Type', 'text/plain']);
        res.end('created');
        break;
      case '/empty':
        res.statusCode = 204;
        res.end('ignored');
        break;
      case '/not-modified':
        res.writeHead(304, { ETag: '"x"' });
        res.end();
        break;
      case '/errors':
        attempt('status 99', () => res.writeHead(99));
        attempt('status 1000', () => res.writeHead(1000));
        attempt('status message', () => res.writeHead(200, 'bad\nmessage'));
        res.statusMessage = undefined;
        res.setHeader('X-Before', 'yes');
        res.writeHead(200, { 'Content-Length': 2 });
        attempt('after head', () => res.setHeader('X-After', 'no'));
        attempt('remove after head', () => res.removeHeader('X-Before'));
        attempt('head twice', () => res.writeHead(200));
        console.log('headersSent', res.headersSent, res.getHeader('x-before'));
        res.end('ok');
        res.write('more', (err) => console.log('write after end callback', err.code));
        res.on('error', (err) => console.log('write after end error', err.code));
        break;
      default:
        res.setHeader('Content-Type', 'text/plain');
        res.end(`echo ${body}`);
    }
    // (when these come relative to the next pipelined request's events is a matter of ticks)
    res.on('finish', () => events.push(`finish ${req.url} ${res.writableEnded} ${res.writableFinished}`));
    res.on('close', () => events.push(`close ${req.url}`));
  });
});

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  console.log(await raw(port,
    'POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello' +
    'PUT /chunked HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n' +
    'GET /length HTTP/1.1\r\nHost: a\r\n\r\n' +
    'HEAD /echo HTTP/1.1\r\nHost: a\r\n\r\n' +
    'GET /empty HTTP/1.1\r\nHost: a\r\n\r\n' +
    'GET /not-modified HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n'));
  flushEvents();
  console.log(await raw(port, 'GET /old HTTP/1.0\r\n\r\n'));
  console.log(await raw(port, 'GET /errors HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n'));
  console.log(await raw(port, 'GET /no-host HTTP/1.1\r\n\r\n'));
  flushEvents();
  server.close(() => console.log('server closed'));
});
