'use strict';
// A socket's options.signal: one 'abort' listener (the socket's own, removed at close), and its
// abort destroys the socket with an AbortError, before or during the connection.
const net = require('net');
const { getEventListeners } = require('events');

const server = net.createServer((socket) => socket.resume());
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const controller = new AbortController();
  const socket = net.createConnection({ port, host: '127.0.0.1', signal: controller.signal });
  console.log('listeners', getEventListeners(controller.signal, 'abort').length);
  socket.on('connect', () => controller.abort());
  socket.on('error', (err) => console.log('error', err.name, err.code, err.message));
  socket.on('close', () => {
    console.log('closed; listeners', getEventListeners(controller.signal, 'abort').length);
    const plain = new AbortController();
    const idle = new net.Socket({ signal: plain.signal });
    console.log('idle socket listeners', getEventListeners(plain.signal, 'abort').length);
    idle.on('error', (err) => console.log('idle error', err.name));
    idle.on('close', () => server.close());
    plain.abort();
  });
});
