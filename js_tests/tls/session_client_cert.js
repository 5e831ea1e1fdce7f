// Session resumption (the 'session' event, then connect({ session })), client certificates
// (requestCert, rejectUnauthorized on the server), and TLS over a socket the program connected
// itself (options.socket).
const tls = require('tls');
const net = require('net');
const certs = require('./helpers/certs');

function once(server, clientOptions) {
  return new Promise((resolve) => {
    const lines = [];
    const client = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: certs.ca,
                                 servername: 'localhost', ...clientOptions }, () => {
      lines.push(`client: authorized=${client.authorized} reused=${client.isSessionReused()}`);
    });
    const sessions = [];
    client.on('session', (session) => sessions.push(session));
    client.on('data', (data) => lines.push(`client data: ${data}`));
    client.on('error', (error) => lines.push(`client error: ${error.code}`));
    client.on('close', () => {
      // (how many tickets a server sends, and when, differs between OpenSSL versions)
      resolve([lines, sessions.at(-1)]);
    });
  });
}

function serve(options) {
  const lines = [];
  const server = tls.createServer({ ...certs.server, ...options }, (socket) => {
    const peer = socket.getPeerCertificate();
    lines.push(`server: authorized=${socket.authorized} error=${socket.authorizationError} ` +
               `peer=${peer.subject?.CN} reused=${socket.isSessionReused()}`);
    socket.end('bye');
  });
  server.on('tlsClientError', (error) => lines.push(`tlsClientError: ${error.code}`));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve([server, lines])));
}

(async () => {
  {
    const [server, lines] = await serve({});
    const [first, session] = await once(server, {});
    const [second] = await once(server, { session });
    console.log('resumption:', first, second, lines, Buffer.isBuffer(session));
    server.close();
  }
  {
    const [server, lines] = await serve({ requestCert: true, ca: certs.ca });
    const [withCert] = await once(server, { ...certs.client });
    const [withoutCert] = await once(server, {});
    const [untrusted] = await once(server, { ...certs.self });
    console.log('client certificates:', withCert, withoutCert, untrusted, lines);
    server.close();
  }
  {
    const [server, lines] = await serve({ requestCert: true, rejectUnauthorized: false, ca: certs.ca });
    const [withCert] = await once(server, { ...certs.client });
    const [withoutCert] = await once(server, {});
    const [untrusted] = await once(server, { ...certs.self });
    console.log('client certificates, not rejected:', withCert, withoutCert, untrusted, lines);
    server.close();
  }
  {
    const [server, lines] = await serve({});
    const raw = net.connect(server.address().port, '127.0.0.1');
    const [over] = await once(server, { socket: raw });
    console.log('over a socket:', over, lines, raw.destroyed);
    server.close();
  }
})();
