// node's errors for bad input and wrong states: socket types, ports, buffers, closed sockets,
// binding twice, EADDRINUSE (with errno, syscall, address, port), a failed lookup, send errors
// given to the callback, and option calls on an unbound socket.
const dgram = require('dgram');

function attempt(label, fn) {
  try {
    const value = fn();
    console.log(label, 'ok', value);
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

attempt('type udp5', () => dgram.createSocket('udp5'));
attempt('no type', () => dgram.createSocket({}));
attempt('bad lookup', () => dgram.createSocket({ type: 'udp4', lookup: 42 }));

const socket = dgram.createSocket('udp4');
attempt('address unbound', () => socket.address());
attempt('recv buffer unbound', () => socket.getRecvBufferSize());
attempt('bad buffer size', () => socket.setSendBufferSize(-1));
attempt('send port 0', () => socket.send('x', 0, '127.0.0.1'));
attempt('send port 70000', () => socket.send('x', 70000));
attempt('send port string', () => socket.send('x', 'abc'));
attempt('send a number', () => socket.send(42, 1234));
attempt('send a bad list', () => socket.send([1, 2], 1234));
attempt('send offset out of range', () => socket.send(Buffer.alloc(2), 3, 1, 1234, '127.0.0.1'));
attempt('send length out of range', () => socket.send(Buffer.alloc(2), 1, 5, 1234, '127.0.0.1'));
attempt('send bad address', () => socket.send('x', 1234, 42));
attempt('setTTL string', () => socket.setTTL('1'));
attempt('setTTL 1000', () => socket.setTTL(1000));
attempt('setBroadcast unbound', () => socket.setBroadcast(true));
attempt('addMembership nothing', () => socket.addMembership());
attempt('setMulticastInterface number', () => socket.setMulticastInterface(1));
attempt('addSourceSpecificMembership number', () => socket.addSourceSpecificMembership(1, '232.1.1.1'));

socket.bind(0, '127.0.0.1', () => {
  const { port } = socket.address();
  attempt('bind twice', () => socket.bind(0));
  attempt('setTTL 64', () => socket.setTTL(64));
  attempt('setMulticastInterface bad', () => socket.setMulticastInterface('not an address'));
  attempt('addMembership not multicast', () => socket.addMembership('127.0.0.1'));

  const other = dgram.createSocket('udp4');
  other.on('error', (error) => {
    console.log('EADDRINUSE:', error.message === `bind EADDRINUSE 127.0.0.1:${port}`,
      error.code, error.errno, error.syscall, error.address, error.port === port);
    other.close();

    const badHost = dgram.createSocket('udp4');
    badHost.on('error', (lookupError) => {
      console.log('lookup error:', lookupError.message, lookupError.code, lookupError.syscall, lookupError.hostname);
      badHost.close();
      socket.send('to a bad host', port, 'nonexistent.invalid', (sendError) => {
        console.log('send lookup error:', sendError.code, sendError.syscall);
        socket.close(() => {
          console.log('closed');
          attempt('close again', () => socket.close());
          attempt('send after close', () => socket.send('x', port, '127.0.0.1'));
          attempt('address after close', () => socket.address());
          attempt('ref after close', () => socket.ref() === socket);
        });
      });
    });
    badHost.bind(0, 'nonexistent.invalid');
  });
  other.bind(port, '127.0.0.1');
});
