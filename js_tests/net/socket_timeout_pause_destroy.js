// socket.setTimeout: 'timeout' after the socket has been idle that long (the socket stays open
// until destroyed); pause() / resume() of a socket in flowing mode; destroy(error) gives 'error'
// then 'close' with hadError true; writing after destroy fails with ERR_STREAM_DESTROYED.
// The server's own events are printed at exit (their order against the client's is not fixed).
const net = require('net');
const serverLog = [];
process.on('exit', () => console.log(serverLog.join('\n')));

const server = net.createServer((socket) => {
  socket.on('data', (chunk) => {
    socket.write(chunk);
  });
  socket.on('error', (error) => serverLog.push(`server side error: ${error.code}`));
  socket.on('close', () => server.close(() => serverLog.push('server closed')));
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect({ port: server.address().port, host: '127.0.0.1', timeout: 400 });
  console.log('timeout option:', client.timeout);
  client.on('timeout', () => {
    console.log('timeout, still open:', client.readyState, client.destroyed);
    client.setTimeout(0);
    client.pause();
    client.write('while paused');
    setTimeout(() => {
      console.log('paused, nothing read yet:', client.bytesRead, client.isPaused());
      client.once('data', (chunk) => {
        console.log('after resume:', chunk.toString());
        client.destroy(new Error('enough'));
        client.write('late', (error) => console.log('write after destroy:', error.code));
      });
      client.resume();
    }, 50);
  });
  client.on('error', (error) => console.log('client error:', error.message));
  client.on('close', (hadError) => console.log('client close, hadError', hadError));
});
