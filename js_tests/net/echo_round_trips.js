// A TCP echo server and a client in one process, on 127.0.0.1: messages go back and forth in
// order, strings with setEncoding, then the client ends and both sides close. Addresses, byte
// counts and readyState as node reports them. Each side's events are printed in their order at
// exit (the order between the two sides is not something node fixes).
const net = require('net');
const log = [];
const clientLog = [];
process.on('exit', () => console.log(`${log.join('\n')}\n${clientLog.join('\n')}`));

const server = net.createServer((socket) => {
  log.push(`server: connection ${socket.remoteAddress} ${socket.remoteFamily} ${socket.readyState}`);
  socket.on('data', (chunk) => socket.write(chunk));
  socket.on('end', () => {
    log.push(`server: end, read ${socket.bytesRead}`);
    socket.end();
  });
  socket.on('close', (hadError) => {
    log.push(`server: socket close ${hadError}`);
    server.close();
  });
});
server.on('close', () => log.push('server: close'));

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log('listening', address.address, address.family, Number.isInteger(address.port));
  const client = net.createConnection({ port: address.port, host: '127.0.0.1' });
  console.log('connecting', client.readyState, client.connecting, client.pending);
  client.setEncoding('utf8');
  let round = 0;
  let got = '';
  client.on('connect', () => {
    console.log('connect', client.readyState, client.remotePort === address.port, client.localAddress);
    client.write(`ping ${round}|`);
  });
  client.on('data', (text) => {
    got += text;
    while (got.includes('|')) {
      const message = got.slice(0, got.indexOf('|'));
      got = got.slice(got.indexOf('|') + 1);
      console.log('echo:', message, typeof text);
      if (++round < 5) client.write(`ping ${round}|`);
      else client.end();
    }
  });
  client.on('end', () => clientLog.push(`client: end ${client.readyState} ${client.bytesRead} ${client.bytesWritten}`));
  client.on('close', (hadError) => clientLog.push(`client: close ${hadError} ${client.readyState}`));
});
