// Resolvers against a local DNS server (helpers/dns_server.js, itself on node:dgram): every
// resolve* method in callback and promise form, ttl, resolve(host, rrtype), reverse, resolveAny,
// and the errors: ENOTFOUND, ENODATA, ESERVFAIL, EREFUSED, ECONNREFUSED, ETIMEOUT, ECANCELLED.
const dns = require('dns');
const dgram = require('dgram');
const { startServer } = require('./helpers/dns_server');

const zone = {
  'example.test': [
    { type: 'A', address: '192.0.2.1', ttl: 60 },
    { type: 'A', address: '192.0.2.2', ttl: 60 },
    { type: 'AAAA', address: '2001:db8::1', ttl: 120 },
    { type: 'MX', priority: 10, exchange: 'mail.example.test' },
    { type: 'MX', priority: 20, exchange: 'backup.example.test' },
    { type: 'NS', value: 'ns1.example.test' },
    { type: 'TXT', entries: ['v=spf1 -all'] },
    { type: 'TXT', entries: ['two', 'chunks'] },
    { type: 'SOA', nsname: 'ns1.example.test', hostmaster: 'admin.example.test', serial: 2024010101,
      refresh: 3600, retry: 600, expire: 86400, minttl: 300 },
    { type: 'CAA', critical: 0, tag: 'issue', value: 'ca.example.test' },
  ],
  'www.example.test': [{ type: 'CNAME', value: 'example.test' }],
  '_sip._udp.example.test': [{ type: 'SRV', priority: 1, weight: 5, port: 5060, name: 'sip.example.test' }],
  'naptr.example.test': [{ type: 'NAPTR', order: 100, preference: 10, flags: 'S', service: 'SIP+D2U',
    regexp: '', replacement: '_sip._udp.example.test' }],
  'ptr.example.test': [{ type: 'PTR', value: 'host.example.test' }],
  '5.2.0.192.in-addr.arpa': [{ type: 'PTR', value: 'five.example.test' }],
  'tlsa.example.test': [{ type: 'TLSA', certUsage: 3, selector: 1, match: 0, data: Buffer.from([1, 2, 3]) }],
  'empty.example.test': [],
};

function show(label, error, result) {
  if (error) console.log(label, 'error', error.message, error.code, error.syscall, error.hostname, 'errno' in error);
  else console.log(label, JSON.stringify(result));
}

function callback(resolver, method, ...args) {
  return new Promise((resolve) => {
    resolver[method](...args, (error, result) => {
      show(`${method}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`, error, result);
      resolve();
    });
  });
}

async function promised(resolver, method, ...args) {
  try {
    show(`promises.${method}(${JSON.stringify(args[0])})`, null, await resolver[method](...args));
  } catch (error) {
    show(`promises.${method}(${JSON.stringify(args[0])})`, error);
  }
}

async function main() {
  const server = await startServer(zone);
  const resolver = new dns.Resolver();
  resolver.setServers([server.address]);
  console.log('servers are the local one', JSON.stringify(resolver.getServers()) === JSON.stringify([server.address]));

  await callback(resolver, 'resolve4', 'example.test');
  await callback(resolver, 'resolve4', 'example.test', { ttl: true });
  await callback(resolver, 'resolve6', 'example.test', { ttl: true });
  await callback(resolver, 'resolveMx', 'example.test');
  await callback(resolver, 'resolveNs', 'example.test');
  await callback(resolver, 'resolveTxt', 'example.test');
  await callback(resolver, 'resolveSoa', 'example.test');
  await callback(resolver, 'resolveCaa', 'example.test');
  await callback(resolver, 'resolveCname', 'www.example.test');
  await callback(resolver, 'resolveSrv', '_sip._udp.example.test');
  await callback(resolver, 'resolveNaptr', 'naptr.example.test');
  await callback(resolver, 'resolvePtr', 'ptr.example.test');
  await callback(resolver, 'reverse', '192.0.2.5');
  await callback(resolver, 'resolve', 'example.test');
  await callback(resolver, 'resolve', 'example.test', 'MX');
  await callback(resolver, 'resolveAny', 'example.test');
  await new Promise((resolve) => resolver.resolveTlsa('tlsa.example.test', (error, records) => {
    console.log('resolveTlsa', error, records.map((r) => [r.certUsage, r.selector, r.match,
      r.data instanceof ArrayBuffer, [...new Uint8Array(r.data)].join()].join(' ')));
    resolve();
  }));

  await callback(resolver, 'resolve4', 'missing.test');
  await callback(resolver, 'resolve4', 'empty.example.test');
  await callback(resolver, 'resolveMx', 'servfail.test');
  await callback(resolver, 'resolveTxt', 'refused.test');

  const promises = new dns.promises.Resolver();
  promises.setServers([server.address]);
  await promised(promises, 'resolve4', 'example.test', { ttl: true });
  await promised(promises, 'resolveSoa', 'example.test');
  await promised(promises, 'resolve', 'www.example.test', 'CNAME');
  await promised(promises, 'reverse', '192.0.2.5');
  await promised(promises, 'resolveSrv', 'missing.test');

  // the module-level functions use the default resolver, shared with dns.promises
  const before = dns.getServers();
  dns.setServers([server.address]);
  console.log('dns.promises sees the servers', dns.promises.getServers()[0] === server.address);
  await promised(dns.promises, 'resolveMx', 'example.test');
  await new Promise((resolve) => dns.resolveNs('example.test', (error, names) => {
    show('dns.resolveNs', error, names);
    resolve();
  }));
  dns.setServers(before);

  // a server that never answers: ETIMEOUT; a cancelled query: ECANCELLED
  const impatient = new dns.Resolver({ timeout: 100, tries: 1 });
  impatient.setServers([server.address]);
  await callback(impatient, 'resolve4', 'silent.test');
  const cancelled = callback(resolver, 'resolveTxt', 'silent.test');
  resolver.cancel();
  await cancelled;

  // nothing listening on the port: ECONNREFUSED
  const closed = dgram.createSocket('udp4');
  await new Promise((resolve) => closed.bind(0, '127.0.0.1', resolve));
  const deadPort = closed.address().port;
  closed.close();
  const refused = new dns.Resolver({ timeout: 1000, tries: 1 });
  refused.setServers([`127.0.0.1:${deadPort}`]);
  await callback(refused, 'resolve4', 'example.test');

  server.socket.close();
}

main();
