// How a client judges the server's certificate: node's codes and messages for an untrusted one
// (rejected by default, reported in authorizationError with rejectUnauthorized: false), a name
// that does not match (checkServerIdentity), and a custom checkServerIdentity.
const tls = require('tls');
const certs = require('./helpers/certs');

function serve(options) {
  return new Promise((resolve) => {
    const server = tls.createServer(options, (socket) => {
      socket.on('error', () => {});   // the client may close first (a rejected certificate)
      socket.end('ok');
    });
    server.on('tlsClientError', () => {});
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function attempt(server, options) {
  return new Promise((resolve) => {
    const client = tls.connect({ port: server.address().port, host: '127.0.0.1', ...options }, () => {
      resolve(`secureConnect authorized=${client.authorized} authorizationError=${client.authorizationError}`);
      client.end();
    });
    client.on('error', (error) => {
      resolve(`error ${error.name} ${error.code} ${error.message}` +
              (error.reason ? ` | reason: ${error.reason} | host: ${error.host} | cert: ${error.cert.subject.CN}` : ''));
    });
  });
}

(async () => {
  const selfSigned = await serve({ ...certs.self });
  const signed = await serve({ ...certs.server });
  const cases = [
    ['self-signed, default', selfSigned, {}],
    ['self-signed, rejectUnauthorized false', selfSigned, { rejectUnauthorized: false }],
    ['self-signed, trusted as ca', selfSigned, { ca: certs.self.cert }],
    ['signed, no ca', signed, {}],
    ['signed, no ca, rejectUnauthorized false', signed, { rejectUnauthorized: false }],
    ['signed, ca', signed, { ca: certs.ca }],
    ['signed, ca, servername localhost', signed, { ca: certs.ca, servername: 'localhost' }],
    ['signed, ca, servername a.example.test', signed, { ca: certs.ca, servername: 'a.example.test' }],
    ['signed, ca, servername other.test', signed, { ca: certs.ca, servername: 'other.test' }],
    ['signed, ca, host localhost', signed, { ca: certs.ca, host: 'localhost' }],
    ['signed, ca, servername b.a.example.test, rejectUnauthorized false', signed,
     { ca: certs.ca, servername: 'b.a.example.test', rejectUnauthorized: false }],
    ['signed, ca, custom checkServerIdentity', signed,
     { ca: certs.ca, checkServerIdentity: (host, cert) => new Error(`refused ${host} ${cert.subject.CN}`) }],
    ['signed, ca, checkServerIdentity accepting', signed,
     { ca: certs.ca, servername: 'nope.test', checkServerIdentity: () => undefined }],
  ];
  for (const [label, server, options] of cases) console.log(`${label}: ${await attempt(server, options)}`);
  selfSigned.close();
  signed.close();
})();
