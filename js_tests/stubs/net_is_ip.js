// net.isIP / isIPv4 / isIPv6 on valid and invalid addresses.
const net = require('net');
for (const input of ['127.0.0.1', '1.2.3.256', '01.2.3.4', '0.0.0.0', '::1', '::', 'fe80::1%eth0',
  '2001:db8::ff00:42:8329', '::ffff:192.168.1.1', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', 'gggg::1', '',
  'localhost', 5, null, '1.2.3', ' 1.2.3.4']) {
  console.log(JSON.stringify(input), net.isIP(input), net.isIPv4(input), net.isIPv6(input));
}
console.log(net.getDefaultAutoSelectFamily(), typeof net.getDefaultAutoSelectFamilyAttemptTimeout());
