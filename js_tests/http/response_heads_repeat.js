'use strict';
// Responses on one keep-alive connection whose heads repeat and change: the status line, header
// lines, Keep-Alive and Content-Length lines as node writes them each time (noderun keeps the last
// ones made: a change of status, value, length or server.keepAliveTimeout must show).
const http = require('http');
const net = require('net');
const server = http.createServer({ keepAliveTimeout: 7500, maxRequestsPerSocket: 0 }, (req, res) => {
  if (req.url === '/a') { res.setHeader('X-A', 'one'); res.end('abc'); }
  else if (req.url === '/b') { res.statusCode = 404; res.setHeader('X-A', 'two'); res.setHeader('X-B', 5); res.end('abcdef'); }
  else if (req.url === '/c') { res.writeHead(201, 'Made', { 'X-A': 'one', 'Content-Type': 'text/plain' }); res.end('x'); }
  else { server.keepAliveTimeout = 3000; res.setHeader('X-A', 'one'); res.end('abc'); }
});
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  const paths = ['/a', '/b', '/c', '/a', '/d', '/a', '/b'];
  let got = '';
  socket.setEncoding('latin1');
  socket.on('data', (d) => {
    got += d;
    if ((got.match(/HTTP\/1\.1/g) || []).length === paths.length) {
      console.log(got.replace(/Date: [^\r]*/g, 'Date: X'));
      socket.end(); server.close();
    }
  });
  for (const p of paths) socket.write(`GET ${p} HTTP/1.1\r\nHost: x\r\n\r\n`);
});
