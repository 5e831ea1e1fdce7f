// dns.lookup and lookupService (getaddrinfo / getnameinfo on the thread pool) with node's options,
// answers and errors; `localhost` is the one real name on the machine.
const dns = require('dns');

function attempt(label, fn) {
  try {
    fn();
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

function lookup(label, ...args) {
  return new Promise((resolve) => {
    dns.lookup(...args, (error, address, family) => {
      if (error) console.log(label, 'error', error.message, error.code, error.errno, error.syscall, error.hostname);
      else console.log(label, JSON.stringify(address), family);
      resolve();
    });
  });
}

async function main() {
  await lookup('localhost', 'localhost');
  await lookup('localhost family 4', 'localhost', 4);
  await lookup('localhost all', 'localhost', { all: true, family: 4 });
  await lookup('localhost IPv4', 'localhost', { family: 'IPv4', order: 'ipv6first' });
  await lookup('ip literal', '192.0.2.7');
  await lookup('ipv6 literal all', '::1', { all: true });
  await lookup('ip literal, other family', '127.0.0.1', 6);
  await lookup('empty name', '', 6);
  await lookup('empty name all', '', { all: true });
  await lookup('unknown name', 'nonexistent.invalid');
  await lookup('unknown name all', 'nonexistent.invalid', { all: true });

  console.log('promises', JSON.stringify(await dns.promises.lookup('localhost', 4)));
  console.log('promises all', JSON.stringify(await dns.promises.lookup('127.0.0.1', { all: true })));
  console.log('promises verbatim', JSON.stringify(await dns.promises.lookup('localhost', { family: 4, verbatim: true })));
  try {
    await dns.promises.lookup('nonexistent.invalid');
  } catch (error) {
    console.log('promises error', error.message, error.code, error.errno, error.syscall, error.hostname);
  }

  await new Promise((resolve) => dns.lookupService('127.0.0.1', 22, (error, hostname, service) => {
    console.log('lookupService', error, hostname, service);
    resolve();
  }));
  await new Promise((resolve) => dns.lookupService('192.0.2.1', 80, (error) => {
    console.log('lookupService error', error.message, error.code, error.errno, error.syscall);
    resolve();
  }));
  console.log('promises lookupService', JSON.stringify(await dns.promises.lookupService('127.0.0.1', 22)));

  console.log('default order', dns.getDefaultResultOrder());
  dns.setDefaultResultOrder('ipv4first');
  console.log('order now', dns.getDefaultResultOrder(), dns.promises.getDefaultResultOrder());

  attempt('hostname number', () => dns.lookup(42, () => {}));
  attempt('no callback', () => dns.lookup('localhost'));
  attempt('bad family', () => dns.lookup('localhost', 5, () => {}));
  attempt('bad family option', () => dns.lookup('localhost', { family: 3 }, () => {}));
  attempt('bad hints', () => dns.lookup('localhost', { hints: 12345 }, () => {}));
  attempt('bad all', () => dns.lookup('localhost', { all: 'yes' }, () => {}));
  attempt('bad order', () => dns.lookup('localhost', { order: 'random' }, () => {}));
  attempt('options string', () => dns.lookup('localhost', 'x', () => {}));
  attempt('promises hostname number', () => dns.promises.lookup(42));
  attempt('lookupService two args', () => dns.lookupService('127.0.0.1', 22));
  attempt('lookupService bad address', () => dns.lookupService('localhost', 22, () => {}));
  attempt('lookupService bad port', () => dns.lookupService('127.0.0.1', 'http', () => {}));
  attempt('setDefaultResultOrder bad', () => dns.setDefaultResultOrder('random'));
  console.log('constants', dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL);
}

main();
