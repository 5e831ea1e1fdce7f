// Host parsing: IPv4 in decimal, octal and hex with 1 to 4 parts, overflow failures, and IPv6
// with compression, embedded IPv4 and serialization rules.
const hosts = [
  '127.0.0.1', '0x7f.0.0.1', '0177.0.0.1', '0x7f000001', '2130706433', '127.1', '127.0.1', '1.2.3.4.',
  '256.0.0.1', '1.2.3.256', '4294967295', '4294967296', '0x100000000', '1.2.3.4.5', '1.2.3.09', '08',
  '0x', '0xg', '1..2', 'foo.1', 'foo.0x1', '1.2.3.4x', '999999999999999999999',
  '[::]', '[::1]', '[1:0:0:0:0:0:0:1]', '[1:0:0:2:0:0:0:3]', '[0:0:1:0:0:1:0:0]', '[2001:DB8::A]',
  '[::ffff:192.168.0.1]', '[::1.2.3.4]', '[1:2:3:4:5:6:7:8]', '[1:2:3:4:5:6:7:8:9]', '[1::2::3]',
  '[::1.2.3]', '[::1.2.3.4.5]', '[:1]', '[1:]', '[g::]', '[::256.0.0.1]', '[::01.2.3.4]', '[fe80::1%eth0]',
];
for (const host of hosts) {
  try {
    console.log(host, '->', new URL(`http://${host}/`).host);
  } catch (err) {
    console.log(host, '->', err.code);
  }
}
// Non-special URLs keep opaque hosts but still parse IPv6.
for (const host of ['1.2.3.4', '0x7f.1', '[::1]', 'EXAMPLE', 'a%20b']) {
  console.log('sc', host, '->', new URL(`sc://${host}/`).host);
}
