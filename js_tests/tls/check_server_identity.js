// tls.checkServerIdentity on its own: DNS names and wildcards of subjectAltName, the CN when there
// are none, IP addresses, and node's error (ERR_TLS_CERT_ALTNAME_INVALID with reason, host, cert).
const tls = require('tls');

const cases = [
  ['a.com', { subject: { CN: 'a.com' } }],
  ['a.com', { subject: { CN: 'A.COM' } }],
  ['a.com.', { subject: { CN: 'a.com' } }],
  ['a.com', { subject: { CN: 'b.com' } }],
  ['a.com', { subject: { CN: ['b.com', 'a.com'] } }],
  ['a.b.com', { subject: { CN: '*.b.com' } }],
  ['b.com', { subject: { CN: '*.com' } }],
  ['a.com', { subject: { CN: 'a.com' }, subjectaltname: 'DNS:b.com' }],
  ['x.b.com', { subject: {}, subjectaltname: 'DNS:*.b.com, DNS:c.com' }],
  ['y.x.b.com', { subject: {}, subjectaltname: 'DNS:*.b.com' }],
  ['fooab.com', { subject: {}, subjectaltname: 'DNS:foo*.com' }],
  ['foo.bar.com', { subject: {}, subjectaltname: 'DNS:f*o.bar.com' }],
  ['xn--foo.b.com', { subject: {}, subjectaltname: 'DNS:xn--*.b.com' }],
  ['8.8.8.8', { subject: { CN: '8.8.8.8' } }],
  ['8.8.8.8', { subject: {}, subjectaltname: 'IP Address:8.8.8.8' }],
  ['8.8.4.4', { subject: {}, subjectaltname: 'IP Address:8.8.8.8, DNS:a.com' }],
  ['::1', { subject: {}, subjectaltname: 'IP Address:0:0:0:0:0:0:0:1' }],
  ['a.com', { subject: {}, subjectaltname: 'URI:http://a.com/' }],
  ['a.com', { subject: {} }],
  ['localhost', { subject: { CN: 'localhost' }, subjectaltname: 'DNS:"local,host", DNS:localhost' }],
];
for (const [host, cert] of cases) {
  const error = tls.checkServerIdentity(host, cert);
  if (error === undefined) {
    console.log(host, 'ok');
  } else {
    console.log(host, error.name, error.code, error.message, '|', error.reason, '|', error.host, error.cert === cert,
                Object.keys(error));
  }
}
