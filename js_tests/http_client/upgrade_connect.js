'use strict';
// 101 Switching Protocols: the client's 'upgrade' gets the response, the socket (out of the agent)
// and the bytes that came after the head; a CONNECT request's answer goes to 'connect'. Without a
// listener the socket is closed.
const http = require('http');

const server = http.createServer((req, res) => res.end('plain'));
server.on('upgrade', (req, socket, head) => {
  console.log('server upgrade', req.headers.upgrade, head.length);
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nhello after head');
  socket.on('data', (d) => socket.end(`echo:${d}`));
});
server.on('connect', (req, socket, head) => {
  console.log('server connect', req.url);
  socket.write('HTTP/1.1 200 Connection Established\r\n\r\ntunnel open');
  socket.on('data', (d) => socket.end(`tunnel:${d}`));
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const req = http.request({ host: '127.0.0.1', port, headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  req.on('upgrade', (res, socket, head) => {
    console.log('client upgrade', res.statusCode, res.headers.upgrade, String(head), req.upgradeOrConnect);
    socket.on('data', (d) => console.log('client got', String(d)));
    socket.on('end', () => {
      console.log('upgraded socket ended');
      connect(port);
    });
    socket.write('ping');
  });
  req.on('close', () => console.log('request close'));
  req.end();
});

function connect(port) {
  const req = http.request({ host: '127.0.0.1', port, method: 'CONNECT', path: 'example.com:443' });
  req.on('connect', (res, socket, head) => {
    console.log('client connect', res.statusCode, res.statusMessage, String(head));
    socket.on('data', (d) => console.log('client got', String(d)));
    socket.on('end', () => {
      console.log('tunnel ended');
      noListener(port);
    });
    socket.write('through');
  });
  req.end();
}

function noListener(port) {
  const req = http.request({ host: '127.0.0.1', port, headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  req.on('response', () => console.log('no response expected'));
  req.on('error', (err) => console.log('no listener error', err.code, err.message));
  req.on('close', () => {
    console.log('no listener close');
    server.close();
  });
  req.end();
}
