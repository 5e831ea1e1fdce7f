// TCP bulk throughput over 127.0.0.1 (server and client in this process): 100 MB sent one way in
// 64 KB writes, respecting backpressure ('drain'); MB per second from the first byte written to
// the last byte received.
const net = require('net');
const TOTAL = Number(process.argv[2] || 100) * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024, 'x');
let start;
const server = net.createServer((socket) => {
  let received = 0;
  socket.on('data', (data) => {
    received += data.length;
    if (received >= TOTAL) {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      console.log((TOTAL / 1024 / 1024 / seconds).toFixed(1));
      socket.destroy();
      server.close();
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    let sent = 0;
    start = process.hrtime.bigint();
    const pump = () => {
      while (sent < TOTAL) {
        sent += chunk.length;
        if (!client.write(chunk)) {
          client.once('drain', pump);
          return;
        }
      }
      client.end();
    };
    pump();
  });
});
