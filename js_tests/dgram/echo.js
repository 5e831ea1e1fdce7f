// A udp4 server echoes datagrams back to a client: 'listening' / 'message' / 'close' in node's
// order, rinfo's fields, the send callback's byte count, strings, lists of buffers, offset/length,
// an empty datagram, and the implicit bind of a client's first send.
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
server.on('listening', () => {
  const { address, family, port } = server.address();
  console.log('server listening', address, family, typeof port);
});
// what each side receives is printed at the end: the two sockets' events interleave by timing
const serverLog = [];
const clientLog = [];
server.on('message', (message, rinfo) => {
  serverLog.push(['server got', JSON.stringify(message.toString()), Object.keys(rinfo).join(),
    rinfo.address, rinfo.family, rinfo.size, rinfo.port === client.address().port].join(' '));
  server.send(Buffer.from(`echo:${message}`), rinfo.port, rinfo.address);
});
server.on('close', () => {
  console.log(serverLog.join('\n'));
  console.log(clientLog.join('\n'));
  console.log('server close');
});

const client = dgram.createSocket({ type: 'udp4' });
client.on('listening', () => console.log('client listening (implicit bind)', client.address().address));
const expected = ['hello', 'ab', 'cd', 'lo w', '', 'typed'];
let received = 0;
client.on('message', (message, rinfo) => {
  clientLog.push(['client got', JSON.stringify(message.toString()), rinfo.port === server.address().port,
    Buffer.isBuffer(message)].join(' '));
  if (++received === expected.length) {
    client.close(() => console.log('client close callback'));
    server.close();
  }
});

server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  console.log('bind callback');
  // each send waits for the previous one's callback, so the datagrams arrive in this order
  const sends = [
    (cb) => client.send('hello', port, '127.0.0.1', cb),
    (cb) => client.send(['a', Buffer.from('b')], port, 'localhost', cb),
    (cb) => client.send([Buffer.from('c'), 'd'], port, cb),
    (cb) => client.send(Buffer.from('hello world'), 3, 4, port, '127.0.0.1', cb),
    (cb) => client.send(Buffer.alloc(0), port, '127.0.0.1', cb),
    (cb) => client.send(new Uint8Array([116, 121, 112, 101, 100]), port, '127.0.0.1', cb),
  ];
  const next = (i) => {
    if (i === sends.length) return;
    sends[i]((error, bytes) => {
      console.log('sent', i, error, bytes);
      next(i + 1);
    });
  };
  next(0);
  console.log('after first send, bound?', (() => { try { client.address(); return true; } catch { return false; } })());
});
