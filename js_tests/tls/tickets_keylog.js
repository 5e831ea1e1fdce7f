// Session ticket keys (two servers with the same ticketKeys resume each other's sessions, another
// key does not), getTLSTicket, 'keylog' lines (socket and server), and a client cipher list without
// TLS 1.3 suites, which keeps TLS 1.3 on.
const crypto = require('crypto');
const tls = require('tls');
const certs = require('./helpers/certs');

const keys = crypto.randomBytes(48);
const first = tls.createServer({ ...certs.server, ticketKeys: keys }, (socket) => socket.end('x'));
const second = tls.createServer({ ...certs.server }, (socket) => socket.end('x'));
console.log('keys', first.getTicketKeys().equals(keys), second.getTicketKeys().length, second.getTicketKeys().equals(keys));

function connect(server, options) {
  return new Promise((resolve) => {
    const lines = { client: 0, server: 0 };
    const onServerKeylog = (line, socket) => {
      lines.server++;
      if (!line.toString().endsWith('\n') || socket.encrypted !== true) console.log('bad server keylog line');
    };
    server.on('keylog', onServerKeylog);
    const client = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: certs.ca, servername: 'localhost',
                                 ...options });
    client.on('keylog', (line) => {
      lines.client++;
      if (!/^[A-Z_0-9]+ [0-9a-f]+ [0-9a-f]+\n$/.test(line.toString())) console.log('bad client keylog line');
    });
    let session = null;
    let ticket = null;
    client.on('session', (s) => {
      if (session === null) {
        session = s;
        ticket = client.getTLSTicket();
        console.log('  session is getSession()', s.equals(client.getSession()));
      }
    });
    client.on('secureConnect', () => {
      console.log('  protocol', client.getProtocol(), 'reused', client.isSessionReused());
    });
    client.on('data', () => {});
    client.on('close', () => {
      server.off('keylog', onServerKeylog);
      console.log('  keylog lines', lines);
      resolve({ session, ticket });
    });
  });
}

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
}

(async () => {
  await listen(first);
  await listen(second);
  console.log('new session');
  const { session, ticket } = await connect(first, { maxVersion: 'TLSv1.2' });
  console.log('  ticket', ticket.length > 0);
  console.log('resumed on the first server');
  await connect(first, { maxVersion: 'TLSv1.2', session });
  second.setTicketKeys(keys);
  console.log('resumed on the second, given the same keys');
  await connect(second, { maxVersion: 'TLSv1.2', session });
  second.setTicketKeys(crypto.randomBytes(48));
  console.log('not resumed with other keys');
  await connect(second, { maxVersion: 'TLSv1.2', session });
  console.log('TLS 1.3 with a TLS 1.2 cipher list');
  await connect(first, { ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256' });
  for (const bad of [null, Buffer.alloc(3)]) {
    try {
      first.setTicketKeys(bad);
    } catch (error) {
      console.log('setTicketKeys', error.code, error.message.split('\n')[0]);
    }
  }
  try {
    tls.createServer({ ticketKeys: Buffer.alloc(3) });
  } catch (error) {
    console.log('ticketKeys', error.code, error.message);
  }
  first.close();
  second.close();
})();
