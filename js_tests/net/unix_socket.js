// A server on a Unix domain socket: address() is its path, clients connect by path, the socket
// file goes away when the server closes; node's errors for a path in use and a missing one.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'noderun-unix-'));
const where = path.join(dir, 'server.sock');
const shown = (text) => String(text).replaceAll(dir, '<dir>');

const server = net.createServer((socket) => {
  console.log('server: connection, remoteAddress', socket.remoteAddress);
  socket.setEncoding('utf8');
  socket.on('data', (text) => socket.end(text.toUpperCase()));
});
server.listen(where, () => {
  console.log('listening on', shown(server.address()), 'socket file:', fs.statSync(where).isSocket());
  const taken = net.createServer().listen(where);
  taken.on('error', (error) => {
    console.log('in use:', shown(error.message), error.code, error.syscall, shown(error.address));
    const client = net.connect(where, () => {
      console.log('client: connect, remotePort', client.remotePort);
      client.write('over a unix socket');
    });
    let answer = '';
    client.setEncoding('utf8');
    client.on('data', (text) => { answer += text; });
    client.on('close', () => {
      console.log('client: got', answer);
      server.close(() => {
        console.log('closed; socket file left:', fs.existsSync(where));
        const missing = net.connect({ path: path.join(dir, 'nobody.sock') });
        missing.on('error', (error) => {
          console.log('missing:', shown(error.message), error.code, error.errno, error.syscall, shown(error.address));
          fs.rmSync(dir, { recursive: true });
        });
      });
    });
  });
});
