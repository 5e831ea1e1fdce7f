// A socket's idle timeout never keeps the process alive (node's setUnrefTimeout): with the server
// and every socket unref'd, the process ends before any of the timeouts is due, even when no
// ref'd timer was ever made.
const net = require('net');

const server = net.createServer((connection) => {
  connection.write('hello');
  connection.unref();
});
server.listen(0);
server.unref();

const delays = [8, 5, 3, 6, 2, 4];
const sockets = [];
let connected = 0;
for (const seconds of delays) {
  const socket = net.createConnection(server.address().port, '127.0.0.1');
  socket.on('connect', () => {
    if (++connected < delays.length) return;
    console.log('all connected');
    sockets.forEach(({ socket, seconds }) => {
      socket.setTimeout(seconds * 1000, () => {
        console.log(`timed out after ${seconds} s`);
        socket.destroy();
      });
      socket.unref();
    });
  });
  sockets.push({ socket, seconds });
}
process.on('exit', (code) => console.log('exit', code));
