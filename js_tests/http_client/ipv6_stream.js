'use strict';
// A server on ::1: the client's Host header brackets the address; the response streams chunk by
// chunk as the server writes them (pause / resume applies backpressure), and a 204 has no body.
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.url === '/empty') {
    res.writeHead(204);
    res.end();
    return;
  }
  res.write(`host ${req.headers.host === `[::1]:${server.address().port}`}\n`);
  let n = 0;
  const timer = setInterval(() => {
    res.write(`chunk ${++n}\n`);
    if (n === 3) {
      clearInterval(timer);
      res.end('last\n');
    }
  }, 10);
});

server.listen(0, '::1', () => {
  const { port, family } = server.address();
  console.log('family', family);
  http.get({ host: '::1', port, family: 6 }, (res) => {
    console.log('remote', res.socket.remoteAddress, res.socket.remoteFamily);
    res.setEncoding('utf8');
    let paused = false;
    res.on('data', (chunk) => {
      process.stdout.write(`data: ${chunk}`);
      if (!paused) {
        paused = true;
        res.pause();
        console.log('paused', res.isPaused());
        setTimeout(() => res.resume(), 30);
      }
    });
    res.on('end', () => {
      http.get(`http://[::1]:${port}/empty`, (res2) => {
        res2.on('data', () => console.log('no data expected'));
        res2.on('end', () => {
          console.log('204 end', res2.statusCode, res2.complete);
          server.close();
        });
      });
    });
  });
});
