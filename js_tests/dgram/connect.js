// Connected udp6 sockets: connect(port, address, cb), 'connect', remoteAddress(), the connected
// forms of send, disconnect(), and the errors of using a socket in the wrong state. Each datagram
// waits for the answer to the previous one.
const dgram = require('dgram');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

const server = dgram.createSocket('udp6');
const client = dgram.createSocket('udp6');

attempt('remoteAddress before connect', () => client.remoteAddress());
attempt('disconnect before connect', () => client.disconnect());
attempt('connect port 0', () => client.connect(0, '::1'));
attempt('connect bad address type', () => client.connect(1234, 42));

const heard = [];
server.on('message', (message, rinfo) => {
  heard.push(`${message} from ${rinfo.family} ${rinfo.address}`);
  server.send(`re:${message}`, rinfo.port, rinfo.address);
});

function exchange(send) {
  return new Promise((resolve) => {
    client.once('message', (message) => resolve(message.toString()));
    send();
  });
}

server.bind(0, '::1', () => {
  const port = server.address().port;
  client.on('connect', () => console.log('connect event'));
  client.connect(port, '::1', async () => {
    const remote = client.remoteAddress();
    console.log('connected to', remote.address, remote.family, remote.port === port);
    attempt('connect twice', () => client.connect(port, '::1'));
    attempt('send with an address', () => client.send('x', 0, 1, port, '::1'));
    console.log(await exchange(() => client.send('one', (error, bytes) => console.log('sent one', error, bytes))));
    console.log(await exchange(() => client.send(Buffer.from('xtwox'), 1, 3,
      (error, bytes) => console.log('sent two', error, bytes))));
    console.log(await exchange(() => client.send([Buffer.from('thr'), 'ee'])));
    client.disconnect();
    attempt('remoteAddress after disconnect', () => client.remoteAddress());
    attempt('send without a port after disconnect', () => client.send('four'));
    console.log(await exchange(() => client.send('four', port, '::1', (error) => console.log('sent four', error))));
    client.close();
    server.close(() => console.log(heard.join('\n')));
  });
});
