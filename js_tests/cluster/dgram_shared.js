// UDP in cluster workers: the primary binds the socket once and every worker receives on it
// (UDP is never round-robin); a worker that binds `exclusive` has a socket of its own, which
// the primary does not hear of.
const cluster = require('node:cluster');
const dgram = require('node:dgram');

if (cluster.isPrimary) {
  const ports = [];
  let exclusivePort;
  let received = 0;
  cluster.on('listening', (worker, address) => {
    ports.push(address.port);
    console.log('listening', address.addressType, address.address);
    if (ports.length === 2) {
      console.log('one shared port:', ports[0] === ports[1]);
      cluster.fork({ EXCLUSIVE: '1' });
    }
  });
  cluster.on('message', (worker, message) => {
    if (message.exclusivePort) {
      exclusivePort = message.exclusivePort;
      console.log('the exclusive port differs:', exclusivePort !== ports[0]);
      const client = dgram.createSocket('udp4');
      for (let i = 0; i < 5; i++) client.send(`m${i}`, ports[0], '127.0.0.1');
      client.send('x', exclusivePort, '127.0.0.1', () => client.close());
      return;
    }
    if (++received === 6) {
      console.log('all 6 datagrams arrived');
      cluster.disconnect(() => console.log('disconnected'));
    }
  });
  cluster.fork();
  cluster.fork();
} else {
  const socket = dgram.createSocket('udp4');
  socket.on('message', (message) => {
    process.send(String(message));
    if (process.env.EXCLUSIVE) socket.close();   // (cluster.disconnect() closes only what the primary shares)
  });
  if (process.env.EXCLUSIVE) {
    socket.bind({ port: 0, address: '127.0.0.1', exclusive: true }, () => {
      process.send({ exclusivePort: socket.address().port });
    });
  } else {
    socket.bind(0, '127.0.0.1');
  }
}
