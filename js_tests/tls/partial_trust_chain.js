// allowPartialTrustChain: a certificate in `ca` that is not a root (here the server's own) is
// trusted as one.
const tls = require('tls');
const certs = require('./helpers/certs');

const server = tls.createServer({ ...certs.server }, (socket) => socket.end());
server.listen(0, '127.0.0.1', async () => {
  for (const allowPartialTrustChain of [false, true]) {
    await new Promise((resolve) => {
      const client = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost',
                                   ca: certs.server.cert, rejectUnauthorized: false, allowPartialTrustChain }, () => {
        console.log('allowPartialTrustChain', allowPartialTrustChain, client.authorized, client.authorizationError);
      });
      client.on('data', () => {});
      client.on('close', resolve);
    });
  }
  server.close();
});
