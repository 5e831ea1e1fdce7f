// The load generator of bin/bench.py's http benchmark, always run by node 24 (the same client for
// both servers): CONNECTIONS keep-alive connections on 127.0.0.1:PORT, each sending a GET as soon
// as the previous answer is complete, for SECONDS after a 0.5 s warm-up; prints requests/s.
const net = require('net');
const [port, seconds = 3, connections = 8] = process.argv.slice(2).map(Number);
const request = Buffer.from('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
let counting = false;
let done = 0;
for (let i = 0; i < connections; i++) {
  const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
  socket.setNoDelay(true);
  let pending = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => {
    pending += chunk;
    // each answer ends with its body, 'Hello, world!\n' (Content-Length framing)
    let end;
    while ((end = pending.indexOf('Hello, world!\n')) !== -1) {
      pending = pending.slice(end + 14);
      if (counting) done++;
      socket.write(request);
    }
  });
}
setTimeout(() => {
  counting = true;
  const start = process.hrtime.bigint();
  setTimeout(() => {
    const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
    console.log((done / elapsed).toFixed(0));
    process.exit(0);
  }, seconds * 1000);
}, 500);
