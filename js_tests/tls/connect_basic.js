// A TLS server and client on 127.0.0.1: the handshake, the events in order, data both ways,
// what each side knows of the connection, and the end.
const tls = require('tls');
const certs = require('./helpers/certs');

const events = [];
const server = tls.createServer({ ...certs.server }, (socket) => {
  events.push('server secureConnection');
  console.log('server:', socket.encrypted, socket.authorized, socket.authorizationError, socket.servername,
              socket.alpnProtocol, socket.getProtocol());
  console.log('server peer certificate:', socket.getPeerCertificate());
  console.log('server own certificate:', socket.getCertificate().subject);
  socket.setEncoding('utf8');
  socket.on('data', (data) => {
    events.push(`server data ${data}`);
    socket.write(data.toUpperCase());
  });
  socket.on('end', () => {
    events.push('server end');
    socket.end();
  });
  socket.on('close', () => {
    events.push('server close');
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const client = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: certs.ca }, () => {
    events.push('client secureConnect');
    console.log('client:', client.encrypted, client.authorized, client.authorizationError, client.servername,
                client.alpnProtocol, client.getProtocol(), client.getCipher());
    console.log('client instanceof:', client instanceof tls.TLSSocket, client instanceof require('net').Socket);
    console.log('addresses:', client.remoteAddress, client.remotePort === server.address().port,
                client.localAddress, typeof client.localPort);
    console.log('session reused:', client.isSessionReused(), Buffer.isBuffer(client.getSession()));
    client.write('hello');
  });
  client.on('connect', () => events.push('client connect'));
  client.setEncoding('utf8');
  client.on('data', (data) => {
    events.push(`client data ${data}`);
    client.end();
  });
  client.on('end', () => events.push('client end'));
  client.on('close', (hadError) => {
    events.push(`client close ${hadError}`);
  });
});
process.on('exit', () => {
  console.log(events.filter((e) => e.startsWith('client')).join('\n'));
  console.log(events.filter((e) => e.startsWith('server')).join('\n'));
});
