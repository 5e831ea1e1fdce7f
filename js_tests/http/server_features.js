'use strict';
// Server features through a raw client: Expect: 100-continue (default and 'checkContinue'),
// other expectations (417 and 'checkExpectation'), 'upgrade' with the bytes after the head,
// CONNECT without a listener, writeEarlyHints / writeProcessing, maxRequestsPerSocket (503 and
// 'dropRequest'), maxHeadersCount, optimizeEmptyRequests, a 408 after headersTimeout,
// closeIdleConnections, and a 204/304 declared chunked.
const http = require('http');
const { raw } = require('./helpers/raw');

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

async function main() {
  const server = http.createServer({ optimizeEmptyRequests: true }, (req, res) => {
    console.log('request', req.method, req.url, req.rawHeaders, req.readableEnded);
    if (req.url === '/hints') {
      res.writeEarlyHints({ link: '</style.css>; rel=preload; as=style', 'x-extra': 'e' }, () => console.log('hints sent'));
      res.writeProcessing();
    }
    if (req.url === '/nocontent') {
      res.writeHead(204, { 'Transfer-Encoding': 'chunked' });
      res.end();
      return;
    }
    req.resume();
    req.on('end', () => res.end(`done ${req.url}`));
    if (req.readableEnded) res.end(`done ${req.url}`);
  });
  server.on('upgrade', (req, socket, head) => {
    console.log('upgrade', req.url, req.headers.upgrade, JSON.stringify(head.toString()));
    socket.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nwelcome');
  });
  server.maxHeadersCount = 2;
  server.on('dropRequest', (req) => console.log('dropRequest', req.url));
  const port = await listen(server);
  console.log(await raw(port, 'POST /cont HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi'));
  console.log(await raw(port, 'GET /odd HTTP/1.1\r\nHost: a\r\nExpect: something\r\nConnection: close\r\n\r\n'));
  console.log(await raw(port, 'GET /up HTTP/1.1\r\nHost: a\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\nextra bytes'));
  console.log(await raw(port, 'CONNECT a:1 HTTP/1.1\r\nHost: a\r\n\r\n'));
  console.log(await raw(port, 'GET /hints HTTP/1.1\r\nHost: a\r\nA: 1\r\nB: 2\r\nConnection: close\r\n\r\n'));
  console.log(await raw(port, 'GET /nocontent HTTP/1.1\r\nHost: a\r\n\r\n'));
  server.maxRequestsPerSocket = 1;
  console.log(await raw(port, 'GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\n'));
  server.close();

  const checking = http.createServer();
  checking.on('checkContinue', (req, res) => {
    console.log('checkContinue', req.url);
    res.writeContinue(() => console.log('continue written'));
    req.on('data', (d) => console.log('body', d.toString()));
    req.on('end', () => res.end('checked'));
  });
  checking.on('checkExpectation', (req, res) => {
    console.log('checkExpectation', req.headers.expect);
    res.writeHead(402);
    res.end();
  });
  const checkingPort = await listen(checking);
  console.log(await raw(checkingPort, 'PUT /c HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc'));
  console.log(await raw(checkingPort, 'GET /e HTTP/1.1\r\nHost: a\r\nExpect: other\r\nConnection: close\r\n\r\n'));
  checking.close();

  const slow = http.createServer({ headersTimeout: 300, requestTimeout: 400, connectionsCheckingInterval: 50 }, () => {
    console.log('not reached');
  });
  const slowPort = await listen(slow);
  console.log(await raw(slowPort, 'GET / HTTP/1.1\r\nHost: a\r\n'));
  slow.close();

  const idle = http.createServer((req, res) => res.end('x'));
  const idlePort = await listen(idle);
  const idleAnswer = raw(idlePort, 'GET / HTTP/1.1\r\nHost: a\r\n\r\n', { until: /\r\n\r\nx$/ });
  console.log(await idleAnswer);
  idle.closeIdleConnections();
  idle.close(() => console.log('idle server closed'));
}

main();
