// crypto.X509Certificate on certificates made at run time: the fields that do not change from run
// to run, the checks, PEM out, errors; a TLS peer's certificate with its issuer; and
// tls.setDefaultCACertificates / getCACertificates with it.
const crypto = require('crypto');
const tls = require('tls');
const util = require('util');
const certs = require('./helpers/certs');
const { X509Certificate } = crypto;

const server = new X509Certificate(certs.server.cert);
const ca = new X509Certificate(certs.ca);
const self = new X509Certificate(certs.self.cert.toString());
for (const [name, cert] of [['server', server], ['ca', ca], ['self', self]]) {
  console.log(name, JSON.stringify(cert.subject), JSON.stringify(cert.issuer));
  console.log('  altName', cert.subjectAltName, 'keyUsage', cert.keyUsage, 'ca', cert.ca, 'infoAccess', cert.infoAccess);
  console.log('  signature', cert.signatureAlgorithm, cert.signatureAlgorithmOid);
  console.log('  days', (cert.validToDate - cert.validFromDate) / 86400000, typeof cert.validFrom, typeof cert.validTo);
  console.log('  fingerprints', cert.fingerprint.length, cert.fingerprint256.length, cert.fingerprint512.length,
              cert.fingerprint256 === crypto.createHash('sha256').update(cert.raw).digest('hex').toUpperCase().match(/../g).join(':'));
  console.log('  serial', /^[0-9A-F]+$/.test(cert.serialNumber), 'pem', cert.toString() === cert.toJSON(),
              new X509Certificate(cert.raw).toString() === cert.toString());
  console.log('  issuerCertificate', cert.issuerCertificate);
}
console.log('pem as the file', server.toString() === certs.server.cert.toString());
console.log('checkHost', server.checkHost('localhost'), server.checkHost('a.example.test'), server.checkHost('a.b.example.test'),
            server.checkHost('other'), server.checkHost('localhost', { subject: 'never' }),
            server.checkHost('a.example.test', { wildcards: false }));
console.log('checkIP', server.checkIP('127.0.0.1'), server.checkIP('::1'), 'checkEmail', server.checkEmail('a@b.c'));
console.log('checkIssued', server.checkIssued(ca), ca.checkIssued(server), ca.checkIssued(ca), self.checkIssued(ca));
console.log('legacy', Object.keys(server.toLegacyObject()).join(), server.toLegacyObject().subject.CN);
console.log('inspect', util.inspect(server).split('\n').map((line) => line.split(':')[0].trim()).join('|'));
console.log('inspect -1', util.inspect(server, { depth: -1 }));

function attempt(what, fn) {
  try {
    console.log(what, fn());
  } catch (error) {
    console.log(what, error.name, error.code, error.message, error.library, error.reason);
  }
}
attempt('junk', () => new X509Certificate(Buffer.from('junk')));
attempt('broken pem', () => new X509Certificate('-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----'));
attempt('number', () => new X509Certificate(5));
attempt('checkIP', () => server.checkIP('nope'));
attempt('checkHost subject', () => server.checkHost('a', { subject: 'x' }));
attempt('checkHost wildcards', () => server.checkHost('a', { wildcards: 1 }));
attempt('checkHost name', () => server.checkHost(1));
attempt('checkIssued', () => server.checkIssued({}));

// setDefaultCACertificates: one certificate per entry, once each, OpenSSL's PEM form
const before = tls.getCACertificates('default');
attempt('set none valid', () => tls.setDefaultCACertificates(['not a certificate']));
attempt('set broken', () => tls.setDefaultCACertificates([certs.ca, '-----BEGIN CERTIFICATE-----\nabc\n-----END CERTIFICATE-----']));
attempt('set not array', () => tls.setDefaultCACertificates('x'));
attempt('set bad entry', () => tls.setDefaultCACertificates([certs.ca, 5]));
console.log('unchanged', tls.getCACertificates('default') === before);
tls.setDefaultCACertificates([certs.ca, certs.ca.toString() + certs.server.cert, new Uint8Array(certs.ca), 'no certificate here']);
const now = tls.getCACertificates('default');
console.log('set', now.length, now.includes(certs.ca.toString()), Object.isFrozen(now), now === tls.getCACertificates());   // (node's order is its store's)
tls.setDefaultCACertificates([]);
console.log('empty', tls.getCACertificates('default').length);

// a TLS peer's certificate as an X509Certificate, its issuer after it
const secure = tls.createServer({ ...certs.server }, (socket) => socket.end('x'));
secure.listen(0, '127.0.0.1', () => {
  const client = tls.connect({ port: secure.address().port, host: '127.0.0.1', ca: certs.ca, servername: 'localhost' }, () => {
    const peer = client.getPeerX509Certificate();
    console.log('peer', peer instanceof X509Certificate, peer.subject === server.subject,
                peer.issuerCertificate instanceof X509Certificate, peer.issuerCertificate?.subject === ca.subject,
                peer.raw.equals(server.raw));
    const mine = client.getX509Certificate();
    console.log('own certificate', mine);
  });
  client.on('data', () => {});
  client.on('close', () => secure.close());
});
