'use strict';
// setKeepAlive and setNoDelay on a Unix domain socket do nothing and fail nothing, as in node
// (libuv's pipes have neither option); http.Agent's keep-alive pool calls setKeepAlive on every
// socket it parks, Unix ones included.
const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'noderun-unix-ka-'));
const socketPath = path.join(dir, 'sock');
const server = net.createServer((socket) => {
  socket.setKeepAlive(true, 1000);
  socket.setNoDelay(true);
  socket.end('served');
});
server.listen(socketPath, () => {
  const client = net.connect(socketPath, () => {
    console.log('keep-alive', client.setKeepAlive(true, 500) === client, 'no delay', client.setNoDelay(true) === client);
  });
  client.setEncoding('utf8');
  client.on('data', (data) => console.log('client got', data));
  client.on('close', () => server.close(() => {
    fs.rmSync(dir, { recursive: true });
    console.log('closed');
  }));
});
