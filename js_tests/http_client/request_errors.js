'use strict';
// What http.request refuses at once (node's error classes, codes and messages), and the errors a
// request gets later: ECONNREFUSED with the address fields, "socket hang up" when the server
// closes without answering, 'aborted' when it closes mid-body.
const http = require('http');
const net = require('net');

function attempt(label, make) {
  try {
    make();
    console.log(label, 'accepted');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
console.log(Object.keys(require('_http_client')), require('_http_client').ClientRequest === http.ClientRequest);
attempt('method', () => http.request({ method: 'BAD METHOD', port: 1 }));
attempt('method type', () => http.request({ method: 5, port: 1 }));
attempt('path', () => http.request({ path: '/a b', port: 1 }));
attempt('protocol', () => http.request({ protocol: 'https:', port: 1 }));
attempt('url protocol', () => http.request('ftp://example.com/'));
attempt('bad url', () => http.request('not a url'));
attempt('host', () => http.request({ host: 5, port: 1 }));
attempt('agent', () => http.request({ agent: 5, port: 1 }));
attempt('timeout', () => http.request({ timeout: 'x', port: 1 }));
attempt('negative timeout', () => http.request({ timeout: -1, port: 1 }));
attempt('insecureHTTPParser', () => http.request({ insecureHTTPParser: 1, port: 1 }));
attempt('joinDuplicateHeaders', () => http.request({ joinDuplicateHeaders: 1, port: 1 }));
attempt('header name', () => http.request({ headers: { 'bad header': 'x' }, port: 1 }));
attempt('header value', () => http.request({ headers: { 'x-ok': 'a\nb' }, port: 1 }));
attempt('signal', () => http.request({ signal: 1, port: 1 }));

const refuser = net.createServer();
refuser.listen(0, '127.0.0.1', () => {
  const { port } = refuser.address();
  refuser.close(() => {
    const req = http.get({ host: '127.0.0.1', port });
    req.on('error', (err) => {
      console.log('refused', err.message === `connect ECONNREFUSED 127.0.0.1:${port}`, err.errno, err.code, err.syscall, err.address, err.port === port, Object.keys(err));
      hangUp();
    });
  });
});

function hangUp() {
  const server = net.createServer((socket) => socket.once('data', () => socket.end()));
  server.listen(0, '127.0.0.1', () => {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, agent: false });
    req.on('error', (err) => console.log('hang up', err.name, err.message, err.code, Object.keys(err)));
    req.on('close', () => {
      console.log('close after hang up');
      server.close(midBody);
    });
  });
}

function midBody() {
  const server = net.createServer((socket) => socket.once('data', () => {
    socket.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial');
    setTimeout(() => socket.destroy(), 20);
  }));
  server.listen(0, '127.0.0.1', () => {
    http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
      res.on('data', (chunk) => console.log('body', String(chunk)));
      res.on('aborted', () => console.log('res aborted'));
      res.on('error', (err) => console.log('res error', err.message, err.code));
      res.on('close', () => {
        console.log('res close', res.complete, res.aborted);
        server.close();
      });
    });
  });
}
