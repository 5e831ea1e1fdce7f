// node's errors for bad resolver input, and server lists as setServers / getServers read them.
const dns = require('dns');

function attempt(label, fn) {
  try {
    console.log(label, 'ok', JSON.stringify(fn()));
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

const resolver = new dns.Resolver();
attempt('setServers string', () => resolver.setServers('127.0.0.1'));
attempt('setServers number entry', () => resolver.setServers([1]));
attempt('setServers bad address', () => resolver.setServers(['not an address']));
attempt('setServers', () => {
  resolver.setServers(['127.0.0.1', '127.0.0.1:5353', '::1', '[::1]:5353', '[::2]', '1.2.3.4:53', '127.0.0.1']);
  return resolver.getServers();
});
attempt('setServers empty', () => {
  resolver.setServers([]);
  return resolver.getServers();
});
attempt('timeout -2', () => new dns.Resolver({ timeout: -2 }));
attempt('timeout string', () => new dns.Resolver({ timeout: '1' }));
attempt('tries 0', () => new dns.Resolver({ tries: 0 }));
attempt('maxTimeout -1', () => new dns.Resolver({ maxTimeout: -1 }));
attempt('resolve4 number', () => resolver.resolve4(42, () => {}));
attempt('resolve4 no callback', () => resolver.resolve4('example.test'));
attempt('resolve bad rrtype', () => resolver.resolve('example.test', 'BOGUS', () => {}));
attempt('resolve rrtype number', () => resolver.resolve('example.test', 1, () => {}));
attempt('promises resolve bad rrtype', () => dns.promises.resolve('example.test', 'BOGUS'));
attempt('promises resolve4 number', () => dns.promises.resolve4(42));
attempt('reverse bogus', () => resolver.reverse('bogus', () => {}));
attempt('setLocalAddress number', () => resolver.setLocalAddress(1));
attempt('setLocalAddress bad', () => resolver.setLocalAddress('bad'));
attempt('setLocalAddress', () => resolver.setLocalAddress('127.0.0.1', '::1'));
attempt('no servers: ECONNREFUSED at once', () => {
  resolver.resolve4('example.test', (error) => console.log('no servers:', error.code, error.syscall));
  return 'queued';
});
console.log('functions', dns.resolve4.name, dns.reverse.name, dns.setServers.name, dns.Resolver.prototype.resolveMx.name);
console.log('error codes', dns.NOTFOUND, dns.TIMEOUT, dns.CANCELLED, dns.promises.CONNREFUSED);
