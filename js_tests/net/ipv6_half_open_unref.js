// A server on ::1 with allowHalfOpen: the client ends its side, the server still writes its
// answer after 'end' and ends later; the client reads it all. Then an unref'd server does not
// keep the process alive, and ref() after unref() makes it hold the process again. Each side's
// events are printed in their order at exit.
const net = require('net');
const serverLog = [];

const server = net.createServer({ allowHalfOpen: true }, (socket) => {
  let text = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk) => { text += chunk; });
  socket.on('end', () => {
    serverLog.push(['server: got', JSON.stringify(text), 'writable after end:', socket.writable, socket.readyState].join(' '));
    setTimeout(() => {
      socket.write('answer after the client ended');
      socket.end(' (and the end)');
    }, 10);
  });
  socket.on('close', () => server.close(() => serverLog.push(`server closed ${server.listening} ${server.address()}`)));
});

server.listen(0, '::1', () => {
  const { address, family } = server.address();
  console.log('listening on', address, family);
  const client = net.connect({ port: server.address().port, host: '::1', allowHalfOpen: true }, () => {
    console.log('client: remote', client.remoteAddress, client.remoteFamily, client.localFamily);
    client.end('question');
  });
  let answer = '';
  client.on('data', (chunk) => { answer += chunk; });
  client.on('finish', () => console.log('client: finish', client.readyState));
  client.on('end', () => console.log('client: end', JSON.stringify(answer), client.readyState));
  client.on('close', () => {
    console.log('client: close');
    const idle = net.createServer().listen(0, '127.0.0.1', () => console.log('idle server listening, unref\'d'));
    idle.unref();
    const other = net.createServer().listen(0, '127.0.0.1');
    other.unref();
    other.ref();
    other.on('listening', () => other.close(() => console.log('other closed; the idle one does not hold the process')));
  });
});
process.on('exit', (code) => console.log(`${serverLog.join('\n')}\nexit ${code}`));
