'use strict';
// listen(port, host) goes through dns.lookup even when the host is an IP address, as node's does:
// the server is not listening until a tick later (address() null), and a second listen() before
// then replaces the first instead of throwing ERR_SERVER_ALREADY_LISTEN ('listening' comes once).
// Without a host, listening starts at once. (express's app.listen(0, '127.0.0.1') followed by
// server.listen(...) in user code relies on this.)
const net = require('node:net');
const servers = [];
for (const args of [[0, '127.0.0.1'], [0], [0, 'localhost'], [{ port: 0, host: '127.0.0.1' }], [{ port: 0 }]]) {
  const s = net.createServer();
  let events = [];
  s.on('listening', () => events.push('listening'));
  s.listen(...args);
  console.log(JSON.stringify(args), 'sync: address', s.address() === null ? null : typeof s.address(), 'listening', s.listening);
  let again;
  try { s.listen(...args); again = 'second listen ok'; } catch (e) { again = e.code; }
  console.log('  ', again);
  process.nextTick(() => console.log('  nextTick listening', s.listening));
  servers.push({ s, events, listened: new Promise((resolve) => s.once('listening', resolve)) });
}
// 'later' is once every server listens (a lookup of localhost on the thread pool can take longer
// than a fixed wait on a loaded machine), and 50 ms more, time for a second 'listening' to show.
Promise.all(servers.map(({ listened }) => listened)).then(() => setTimeout(() => {
  for (const { s, events } of servers) {
    console.log('  later', events.join(','), s.listening);
    s.close();
  }
}, 50));
