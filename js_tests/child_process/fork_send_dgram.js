// A bound UDP socket sent to a forked child (child.send(message, dgramSocket)): the child
// receives the datagrams sent to it.
const { fork } = require('node:child_process');
const dgram = require('node:dgram');

if (process.argv[2] === 'child') {
  process.on('message', (message, socket) => {
    console.log('child got', message, socket instanceof dgram.Socket, socket.address().address);
    socket.on('message', (data) => {
      process.send(`child received ${data}`);
      socket.close();
      process.disconnect();
    });
    process.send('ready');
  });
} else {
  const socket = dgram.createSocket('udp4');
  socket.bind(0, '127.0.0.1', () => {
    const { port } = socket.address();
    const child = fork(__filename, ['child']);
    child.on('message', (message) => {
      console.log('parent got', message);
      if (message === 'ready') {
        socket.close();   // the parent's copy; the child's stays open
        const client = dgram.createSocket('udp4');
        client.send('hello', port, '127.0.0.1', () => client.close());
      }
    });
    child.on('exit', (code) => console.log('child exit', code));
    child.send('take this', socket);
  });
}
