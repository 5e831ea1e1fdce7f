// Handles over the IPC channel (node's NODE_HANDLE messages): a listening server and an accepted
// socket go to a forked child, which serves and answers on them; one handle at a time, and
// send()'s return value and callbacks as node's (their outcomes printed later: the child's output
// would race with them).
const { fork } = require('child_process');
const net = require('net');

if (process.argv[2] === 'child') {
  process.on('message', (message, handle) => {
    if (message === 'server') {
      console.log('child: got a', handle.constructor.name, 'listening:', handle.listening);
      handle.on('connection', (socket) => {
        socket.end('served by the child');
        handle.close();
      });
      process.send('server ready');
    } else if (message === 'socket') {
      console.log('child: got a', handle.constructor.name);
      handle.end('written by the child');
    } else if (message === 'done') {
      process.disconnect();
    }
  });
} else {
  const child = fork(__filename, ['child']);
  const read = (socket) => new Promise((resolve) => {
    let text = '';
    socket.setEncoding('utf8').on('data', (d) => { text += d; }).on('end', () => resolve(text));
  });

  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    let serverSent;
    console.log('send returns', child.send('server', server, (error) => { serverSent = error; }));
    child.once('message', async (message) => {
      console.log('parent got', message, 'sent:', serverSent);
      server.close();   // the child's copy now takes the connections
      console.log('parent read:', await read(net.connect(port, '127.0.0.1')));

      let sent;
      const other = net.createServer((socket) => {
        child.send('socket', socket, (error) => { sent = error; });
      }).listen(0, '127.0.0.1', async () => {
        console.log('parent read:', await read(net.connect(other.address().port, '127.0.0.1')), 'sent:', sent);
        other.close();
        child.send('done');
      });
    });
  });
  child.on('exit', (code) => console.log('child exit', code));
}
