'use strict';
// Malformed requests: without a 'clientError' listener the server answers node's 400 (431 for a
// head over maxHeaderSize) and closes; with one, the listener gets the parse error (HPE_* code,
// reason, bytesParsed, rawPacket) and the socket.
const http = require('http');
const { raw } = require('./helpers/raw');

const plain = http.createServer({ maxHeaderSize: 200 }, (req, res) => res.end('ok'));
const listening = http.createServer((req, res) => res.end('ok'));
listening.on('clientError', (err, socket) => {
  console.log('clientError', err.message, err.code, err.reason, err.bytesParsed,
              JSON.stringify(err.rawPacket.toString()), socket.writable, Object.keys(err));
  socket.end('HTTP/1.1 400 Custom\r\n\r\n');
});

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

(async () => {
  const plainPort = await listen(plain);
  const listeningPort = await listen(listening);
  const requests = [
    'BAD\r\n\r\n',
    'GET / HTTP/1.1\r\nHost: a\r\nBad Header\r\n\r\n',
    'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n',
    `GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\nX-Big: ${'b'.repeat(300)}\r\n\r\n`,
    'GET / HTTP/1.1\r\nHost: a\r\nBad: \u0001\r\n\r\n',
  ];
  for (const request of requests) {
    console.log(JSON.stringify(await raw(plainPort, request)));
    console.log(JSON.stringify(await raw(listeningPort, request)));
  }
  plain.close();
  listening.close();
})();
