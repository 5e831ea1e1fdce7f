// The server side of SNI and ALPN: an asynchronous SNICallback choosing the certificate by the name
// the client asked for, addContext, ALPN chosen by the server's preference or by ALPNCallback, and
// node's no_application_protocol failure when nothing matches.
const tls = require('tls');
const certs = require('./helpers/certs');

function run(serverOptions, clientOptions) {
  return new Promise((resolve) => {
    const lines = [];
    const server = tls.createServer(serverOptions, (socket) => {
      lines.push(`server: servername=${socket.servername} alpn=${socket.alpnProtocol}`);
      socket.end();
    });
    server.on('tlsClientError', (error) => lines.push(`tlsClientError ${error.code}`));
    server.listen(0, '127.0.0.1', () => {
      const client = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false,
                                   ...clientOptions }, () => {
        lines.push(`client: servername=${client.servername} alpn=${client.alpnProtocol} ` +
                   `cert=${client.getPeerCertificate().subject.CN}`);
        client.end();
      });
      client.on('error', (error) => lines.push(`client error ${error.code}`));
      client.on('close', () => {
        server.close();
        resolve(lines.sort().join('\n'));
      });
    });
  });
}

(async () => {
  const selfContext = tls.createSecureContext(certs.self);
  const sni = {
    ...certs.server,
    SNICallback(name, callback) {
      setTimeout(() => callback(null, name === 'self.test' ? selfContext : undefined), 5);
    },
  };
  console.log('-- SNICallback, self.test\n' + await run(sni, { servername: 'self.test' }));
  console.log('-- SNICallback, other.test\n' + await run(sni, { servername: 'other.test' }));
  console.log('-- SNICallback, no servername\n' + await run(sni, {}));
  const withContexts = { ...certs.server };
  console.log('-- SNICallback error\n' + await run({ ...certs.server, SNICallback: (name, cb) => cb(new Error('no')) },
                                                  { servername: 'x.test' }));
  const server = tls.createServer(withContexts);
  server.addContext('*.self.test', certs.self);
  console.log('addContext patterns:', server._contexts.map(([pattern]) => pattern.test('a.self.test')));
  console.log('-- ALPN, server preference\n' + await run({ ...certs.server, ALPNProtocols: ['h2', 'http/1.1'] },
                                                          { ALPNProtocols: ['http/1.1', 'h2'] }));
  console.log('-- ALPN, buffer form\n' + await run({ ...certs.server, ALPNProtocols: Buffer.from('\x02h2\x03foo') },
                                                    { ALPNProtocols: ['foo'] }));
  console.log('-- ALPN, client offers none\n' + await run({ ...certs.server, ALPNProtocols: ['h2'] }, {}));
  console.log('-- ALPN, server has none\n' + await run({ ...certs.server }, { ALPNProtocols: ['h2'] }));
  console.log('-- ALPN, no match\n' + await run({ ...certs.server, ALPNProtocols: ['h2'] }, { ALPNProtocols: ['x'] }));
  console.log('-- ALPNCallback\n' + await run({
    ...certs.server,
    ALPNCallback({ servername, protocols }) {
      console.log('ALPNCallback', servername, protocols);
      return protocols[1];
    },
  }, { ALPNProtocols: ['a', 'b', 'c'], servername: 'cb.test' }));
  const out = {};
  tls.convertALPNProtocols(['h2', 'http/1.1'], out);
  console.log('convertALPNProtocols:', out.ALPNProtocols);
  try {
    tls.createServer({ ALPNProtocols: ['h2'], ALPNCallback: () => 'h2' });
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
})();
