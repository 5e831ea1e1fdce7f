// Socket options on a bound socket: broadcast, TTLs, multicast loopback and interface, membership
// on the loopback interface with a multicast datagram delivered to the member, buffer sizes
// (Linux reports twice the size set), the send queue, ref/unref.
const dgram = require('dgram');

const receiver = dgram.createSocket({ type: 'udp4', reuseAddr: true, recvBufferSize: 65536 });
const sender = dgram.createSocket('udp4');

receiver.bind(0, () => {
  const port = receiver.address().port;
  console.log('recv buffer from the options', receiver.getRecvBufferSize());
  receiver.setRecvBufferSize(32768);
  receiver.setSendBufferSize(16384);
  console.log('buffer sizes', receiver.getRecvBufferSize(), receiver.getSendBufferSize());
  receiver.addMembership('239.1.2.3', '127.0.0.1');
  receiver.on('message', (message, rinfo) => {
    console.log('multicast datagram', message.toString(), rinfo.address);
    receiver.dropMembership('239.1.2.3', '127.0.0.1');
    sender.close();
    receiver.close(() => console.log('closed'));
  });
  sender.bind(0, '127.0.0.1', () => {
    console.log('setBroadcast', sender.setBroadcast(true));
    console.log('setTTL', sender.setTTL(32));
    console.log('setMulticastTTL', sender.setMulticastTTL(2));
    console.log('setMulticastLoopback', sender.setMulticastLoopback(true));
    console.log('setMulticastInterface', sender.setMulticastInterface('127.0.0.1'));
    console.log('queue', sender.getSendQueueSize(), sender.getSendQueueCount());
    sender.send('to the group', port, '239.1.2.3');
  });
});

// an unref'd bound socket does not keep the process alive; ref() / unref() return the socket
const idle = dgram.createSocket('udp4');
idle.bind(0, () => {
  console.log('unref returns the socket', idle.unref() === idle, idle.ref() === idle);
  idle.unref();
});
