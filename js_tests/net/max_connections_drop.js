// maxConnections: connections beyond it are closed at once and reported by 'drop'; getConnections
// counts the open ones; a server's close() waits for its connections to end.
const net = require('net');

const server = net.createServer({ pauseOnConnect: true }, (socket) => {
  console.log('connection, paused:', socket.isPaused());
  socket.resume();
});
server.maxConnections = 1;
server.on('drop', (data) => {
  console.log('drop', Object.keys(data).join(), data.localAddress, data.remoteFamily, data.localPort === server.address().port);
  server.getConnections((error, count) => {
    console.log('open connections', error, count);
    server.close(() => console.log('server closed once the first connection ended'));
    first.end();
  });
});

let first;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  first = net.connect(port, '127.0.0.1', () => {
    const second = net.connect(port, '127.0.0.1');
    second.on('close', () => console.log('second closed by the server'));
    second.on('error', (error) => console.log('second error', error.code));
  });
  first.resume();
});
