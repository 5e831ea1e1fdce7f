// createSecureContext: pfx (PKCS#12) with its passphrase, and node's errors for bad options.
const tls = require('tls');
const certs = require('./helpers/certs');

const attempts = [
  ['pfx, right passphrase', { pfx: certs.serverPfx, passphrase: 'fixture' }],
  ['pfx, wrong passphrase', { pfx: certs.serverPfx, passphrase: 'nope' }],
  ['pfx object form', { pfx: [{ buf: certs.serverPfx, passphrase: 'fixture' }] }],
  ['minVersion', { minVersion: 'TLSv0' }],
  ['maxVersion', { maxVersion: 'fhqwhgads' }],
  ['secureProtocol and minVersion', { secureProtocol: 'TLSv1_2_method', minVersion: 'TLSv1.2' }],
  ['unknown secureProtocol', { secureProtocol: 'hokey-pokey' }],
  ['ciphers type', { ciphers: 1 }],
  ['key type', { key: 1, cert: certs.server.cert }],
  ['passphrase type', { key: certs.server.key, passphrase: 1 }],
  ['ecdhCurve type', { ecdhCurve: 1 }],
];
for (const [label, options] of attempts) {
  try {
    const context = tls.createSecureContext(options);
    console.log(label, 'ok', context instanceof tls.SecureContext);
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}
console.log(tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION, tls.DEFAULT_ECDH_CURVE, typeof tls.DEFAULT_CIPHERS);
console.log(Array.isArray(tls.rootCertificates), Object.isFrozen(tls.rootCertificates),
            tls.getCACertificates() === tls.getCACertificates('default'), tls.getCiphers().includes('tls_aes_128_gcm_sha256'));

const server = tls.createServer({ pfx: certs.serverPfx, passphrase: 'fixture' }, (socket) => socket.end('from pfx'));
server.listen(0, '127.0.0.1', () => {
  const client = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: certs.ca }, () => {
    console.log('pfx server:', client.authorized, client.getPeerCertificate().subject.CN);
  });
  client.on('data', (data) => console.log(String(data)));
  client.on('end', () => server.close());
});
