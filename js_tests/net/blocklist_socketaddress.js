// net.BlockList and net.SocketAddress: rules, checks across IPv4 / IPv4-mapped IPv6, rules text,
// toJSON/fromJSON, errors, inspect, clones shared with a worker, and the blockList options of
// net.connect and net.createServer.
const net = require('net');
const util = require('util');
const { Worker } = require('worker_threads');
const { BlockList, SocketAddress } = net;

const attempt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};

const list = new BlockList();
list.addAddress('123.123.123.123');
list.addAddress('::ffff:1.1.1.2', 'ipv6');
list.addAddress('0:0:0:0:0:0:0:1', 'IPv6');
list.addAddress('fe80::1%lo', 'ipv6');
list.addRange('10.0.0.1', '10.0.0.10');
list.addRange(new SocketAddress({ address: '::a', family: 'ipv6' }), new SocketAddress({ address: '::f', family: 'ipv6' }));
list.addSubnet('192.168.0.0', 16);
list.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
list.addSubnet('10.1.0.0', 27);
console.log(list.rules);
for (const [address, family] of [
  ['123.123.123.123'], ['::ffff:7b7b:7b7b', 'ipv6'], ['::ffff:123.123.123.123', 'ipv6'], ['1.1.1.2'],
  ['10.0.0.0'], ['10.0.0.1'], ['10.0.0.10'], ['10.0.0.11'], ['::ffff:10.0.0.5', 'ipv6'], ['::c', 'ipv6'],
  ['::10', 'ipv6'], ['192.168.255.255'], ['192.169.0.0'], ['::ffff:192.168.1.1', 'ipv6'],
  ['8592:757c:efae:4e45:ffff::', 'ipv6'], ['8592:757c:efae:4e46::', 'ipv6'], ['10.1.0.31'], ['10.1.0.32'],
  ['::1', 'ipv6'], ['fe80::1', 'ipv6'], ['1.1.1.1', 'ipv6'], ['not an address'], ['010.0.0.5'],
]) {
  console.log('check', address, family ?? '', list.check(address, family));
}
console.log('check SocketAddress', list.check(new SocketAddress({ address: '10.0.0.3' })));
console.log(JSON.stringify(list), list.toJSON() !== list.toJSON());
console.log(util.inspect(list, { depth: -1 }), util.inspect(list, { depth: 0 }));
console.log(Object.getOwnPropertyNames(BlockList.prototype), BlockList.isBlockList(list), BlockList.isBlockList({}));

const copy = new BlockList();
copy.fromJSON(JSON.stringify(list));
console.log('fromJSON', copy.rules);
const read = new BlockList();
read.fromJSON(['Address: IPv4 9.9.9.9', 'Address:IPv4 8.8.8.8', 'Address: ipv4 7.7.7.7', 'Address: IPv4 5.5.5.5 ',
               'Subnet: IPv4 1.2.3.0/abc', 'Range: IPv4 3.3.3.3', 'subnet: ipv6 ::/3', 'junk']);
console.log('fromJSON lines', read.rules);

attempt('addRange reversed', () => list.addRange('1.1.1.2', '1.1.1.1'));
attempt('addAddress bad', () => list.addAddress('x'));
attempt('addAddress family', () => list.addAddress('1.1.1.1', 'foo'));
attempt('addAddress type', () => list.addAddress(1));
attempt('addAddress family type', () => list.addAddress('1.1.1.1', 1));
attempt('addSubnet 33', () => list.addSubnet('1.1.1.1', 33));
attempt('addSubnet 129', () => list.addSubnet('::', 129, 'ipv6'));
attempt('addSubnet NaN', () => list.addSubnet('1.1.1.1', NaN));
attempt('addSubnet string', () => list.addSubnet('1.1.1.1', '8'));
attempt('check type', () => list.check(1));
attempt('check family type', () => list.check('1.1.1.1', 1));
attempt('fromJSON number', () => list.fromJSON(1));
attempt('fromJSON array of numbers', () => list.fromJSON([1]));
attempt('fromJSON JSON of numbers', () => list.fromJSON('[1]'));

for (const options of [undefined, {}, { address: '::ffff:1.2.3.4', family: 'ipv6', port: 80, flowlabel: 5 },
  { family: 'IPv6' }, { address: '1.2.3.4', port: '443' }, { address: '0:0::1', family: 'ipv6' }]) {
  const sa = new SocketAddress(options);
  console.log(sa, sa.address, sa.port, sa.family, sa.flowlabel, JSON.stringify(sa));
}
const sa = new SocketAddress({ address: '1.2.3.4' });
console.log(util.inspect(sa, { depth: -1 }), SocketAddress.isSocketAddress(sa), SocketAddress.isSocketAddress({}),
            Object.getOwnPropertyNames(SocketAddress.prototype), Object.keys(sa));
for (const bad of [1, null, { address: 1 }, { family: 'x' }, { family: 1 }, { port: -1 }, { port: 65536 },
  { port: 1.5 }, { flowlabel: -1 }, { flowlabel: 'x' }, { address: '1.1.1.1', family: 'ipv6' }, { address: '256.1.1.1' }]) {
  attempt(`new SocketAddress(${util.inspect(bad)})`, () => new SocketAddress(bad));
}
for (const input of ['1.2.3.4', '192.168.257:1', '256', '0xffffffff', '[1:0::]', '[::1]:8080', '1.2.3.4:',
  'not an ip', '259.1.1.1', '12:12:12', '1.2.3.4:99999', '', 'localhost']) {
  console.log('parse', JSON.stringify(input), SocketAddress.parse(input));
}
attempt('parse type', () => SocketAddress.parse(1));

// clones: a SocketAddress is copied, a BlockList is the same list on both sides
const shared = new BlockList();
shared.addAddress('203.0.113.1');
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', ({ list, address }) => {
    list.addAddress('203.0.113.2');
    parentPort.postMessage([list.check('203.0.113.1'), list.check(address), list.rules, address.address, address.port]);
  });
`, { eval: true });
worker.postMessage({ list: shared, address: new SocketAddress({ address: '203.0.113.2', port: 8 }) });
worker.once('message', (answer) => {
  console.log('worker saw', answer);
  console.log('shared after the worker added a rule', shared.rules, shared.check('203.0.113.2'));
  serverAndClient();
});

function serverAndClient() {
  attempt('connect blockList type', () => net.connect({ port: 1, host: '127.0.0.1', blockList: {} }));
  attempt('createServer blockList type', () => net.createServer({ blockList: {} }));
  const blocked = new BlockList();
  blocked.addAddress('127.0.0.1');
  const socket = net.connect({ port: 9, host: '127.0.0.1', blockList: blocked });
  socket.on('error', (err) => {
    console.log('connect:', err.name, err.code, err.message, Object.keys(err));
    const server = net.createServer({ blockList: blocked }, () => console.log('connection from a blocked address!'));
    server.listen(0, '127.0.0.1', () => {
      const client = net.connect(server.address().port, '127.0.0.1');
      client.on('error', (e) => console.log('client error', e.code));
      client.on('close', () => {
        console.log('the server closed the blocked client');
        server.close();
      });
    });
  });
}
