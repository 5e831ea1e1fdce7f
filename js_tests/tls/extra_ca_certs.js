// NODE_EXTRA_CA_CERTS joins the default trust store, but a `ca` option replaces both (node's rule);
// getCACertificates('extra') lists the file's certificates, 'default' includes them.
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const tls = require('tls');

if (process.argv[2] === 'child') {
  const certs = require('./helpers/certs-from-env');
  const extra = tls.getCACertificates('extra');
  console.log('extra', extra.length, extra[0] === certs.caPem, tls.getCACertificates('default').includes(extra[0]));
  const server = tls.createServer({ key: certs.key, cert: certs.cert }, (socket) => socket.end());
  server.listen(0, '127.0.0.1', async () => {
    for (const ca of [undefined, certs.other]) {
      await new Promise((resolve) => {
        const client = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost',
                                     rejectUnauthorized: false, ca }, () => {
          console.log(ca ? 'with ca' : 'without ca', client.authorized, client.authorizationError);
        });
        client.on('data', () => {});
        client.on('close', resolve);
      });
    }
    server.close();
  });
} else {
  const certs = require('./helpers/certs');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extra-ca-'));
  try {
    const file = path.join(dir, 'ca.pem');
    fs.writeFileSync(file, certs.ca);
    const env = {
      ...process.env, NODE_EXTRA_CA_CERTS: file,
      FIXTURE_CERTS: JSON.stringify({ key: String(certs.server.key), cert: String(certs.server.cert),
                                      other: String(certs.self.cert), caPem: String(certs.ca) }),
    };
    process.stdout.write(execFileSync(process.execPath, [__filename, 'child'], { env }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
