// TCP echo round trip of a small message over 127.0.0.1 (server and client in this process):
// ms per round trip, after a warm-up.
const net = require('net');
const N = Number(process.argv[2] || 5000);
const server = net.createServer((socket) => socket.on('data', (chunk) => socket.write(chunk)));
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setNoDelay(true);
  let n = 0;
  let start;
  client.on('connect', () => client.write('ping'));
  client.on('data', () => {
    if (n === 100) start = process.hrtime.bigint();
    if (++n === N + 100) {
      console.log((Number(process.hrtime.bigint() - start) / 1e6 / N).toFixed(4));
      client.destroy();
      server.close();
      return;
    }
    client.write('ping');
  });
});
