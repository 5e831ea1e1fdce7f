// getEphemeralKeyInfo (the client's view of the server's key exchange; null on a server socket; TLS
// 1.3's default group differs between OpenSSL versions, so it is not asked for here),
// ecdhCurve, sigalgs with getSharedSigalgs and the errors when none is shared, dhparam's checks,
// and onread (the program's buffer instead of 'data').
const { execFileSync } = require('child_process');
const tls = require('tls');
const certs = require('./helpers/certs');

process.on('warning', (warning) => console.log('warning', warning.name, warning.message));

function pair(serverOptions, clientOptions) {
  return new Promise((resolve) => {
    const server = tls.createServer({ ...certs.server, ...serverOptions }, (socket) => {
      // (the default lists differ between OpenSSL versions: only a configured one is printed)
      const shared = serverOptions.sigalgs ? socket.getSharedSigalgs() : socket.getSharedSigalgs().length > 0;
      console.log('  server: ephemeral', socket.getEphemeralKeyInfo(), 'shared', shared);
      socket.end('a message of some length, read through a small buffer');
    });
    server.on('tlsClientError', (error) => console.log('  server error', error.code));
    server.listen(0, '127.0.0.1', () => {
      const client = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: certs.ca,
                                   servername: 'localhost', ...clientOptions }, () => {
        console.log('  client: ephemeral', client.getEphemeralKeyInfo(), 'shared', client.getSharedSigalgs());
      });
      client.on('data', (data) => console.log('  data', data.length));
      client.on('error', (error) => console.log('  client error', error.code));
      client.on('close', () => server.close(resolve));
    });
  });
}

(async () => {
  console.log('TLS 1.2, default groups');
  await pair({}, { maxVersion: 'TLSv1.2' });
  console.log('TLS 1.2, prime256v1');
  await pair({ ecdhCurve: 'prime256v1' }, { maxVersion: 'TLSv1.2' });
  console.log('TLS 1.3, P-384');
  await pair({}, { ecdhCurve: 'P-384' });
  console.log('sigalgs shared');
  await pair({ sigalgs: 'ECDSA+SHA256:ECDSA+SHA384:RSA-PSS+SHA256' },
             { sigalgs: 'ECDSA+SHA384:ECDSA+SHA256', maxVersion: 'TLSv1.2' });
  console.log('no shared sigalgs');
  await pair({ sigalgs: 'ECDSA+SHA256' }, { sigalgs: 'RSA-PSS+SHA256' });
  console.log('onread');
  const chunks = [];
  const buffer = Buffer.alloc(16);
  await pair({}, { maxVersion: 'TLSv1.2', onread: { buffer, callback(size, buf) { chunks.push(size, buf === buffer); } } });
  console.log('  pieces', chunks.join(' '));

  for (const sigalgs of ['', 5, 'nonsense']) {
    try {
      tls.createSecureContext({ sigalgs });
    } catch (error) {
      console.log('sigalgs', JSON.stringify(sigalgs), error.name, error.code, error.message);
    }
  }
  const dh512 = execFileSync('openssl', ['dhparam', '512'], { stdio: ['ignore', 'pipe', 'ignore'] });
  for (const dhparam of ['auto', dh512, 'no parameters here', 5]) {
    try {
      tls.createSecureContext({ dhparam });
      console.log('dhparam', typeof dhparam, 'accepted');
    } catch (error) {
      console.log('dhparam', typeof dhparam, error.name, error.code, error.message);
    }
  }
  const alone = new tls.TLSSocket();
  console.log('not connected', alone.getEphemeralKeyInfo(), alone.getSharedSigalgs());
  alone.destroy();
})();
