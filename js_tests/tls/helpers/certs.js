'use strict';
// Throw-away keys and certificates for the TLS fixtures, made at run time with the openssl command
// (nothing secret is committed): a CA, a server certificate it signs (localhost, *.example.test,
// 127.0.0.1), a client certificate it signs, and a self-signed certificate. PEM text, as Buffers;
// the server's key and certificate as PKCS#12 too.

const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function make() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-fixture-'));
  const run = (...args) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  const signed = (name, subject, extensions) => {
    run('req', ...EC, '-keyout', `${name}-key.pem`, '-out', `${name}.csr`, '-subj', subject);
    fs.writeFileSync(path.join(dir, `${name}.ext`), extensions);
    run('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca-cert.pem', '-CAkey', 'ca-key.pem', '-CAcreateserial',
        '-out', `${name}-cert.pem`, '-days', '30', '-extfile', `${name}.ext`);
  };
  try {
    run('req', '-x509', ...EC, '-keyout', 'ca-key.pem', '-out', 'ca-cert.pem', '-days', '30',
        '-subj', '/O=Fixture/CN=Fixture CA');
    signed('server', '/C=US/O=Fixture/CN=localhost',
           'subjectAltName=DNS:localhost,DNS:*.example.test,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n');
    signed('client', '/O=Fixture/CN=client', 'extendedKeyUsage=clientAuth\n');
    run('req', '-x509', ...EC, '-keyout', 'self-key.pem', '-out', 'self-cert.pem', '-days', '30',
        '-subj', '/CN=self', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1');
    run('pkcs12', '-export', '-inkey', 'server-key.pem', '-in', 'server-cert.pem', '-certfile', 'ca-cert.pem',
        '-out', 'server.pfx', '-passout', 'pass:fixture');
    const read = (name) => fs.readFileSync(path.join(dir, name));
    return {
      ca: read('ca-cert.pem'),
      server: { key: read('server-key.pem'), cert: read('server-cert.pem') },
      serverPfx: read('server.pfx'),   // passphrase 'fixture', with the CA
      client: { key: read('client-key.pem'), cert: read('client-cert.pem') },
      self: { key: read('self-key.pem'), cert: read('self-cert.pem') },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = make();
