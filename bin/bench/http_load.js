// The load generator of bin/bench.py's http and https benchmarks, always run by node 24 (the same
// client for both servers): CONNECTIONS keep-alive connections on 127.0.0.1:PORT (over TLS when
// the fourth argument is 'tls'; the benchmark's certificate is not checked), each sending a GET as
// soon as the previous answer is complete, for SECONDS after a 0.5 s warm-up (which the TLS
// handshakes fall in); prints requests/s.
const net = require('net');
const tls = require('tls');
const [port, seconds = 3, connections = 8] = process.argv.slice(2, 5).map(Number);
const overTLS = process.argv[5] === 'tls';
const request = Buffer.from('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
let counting = false;
let done = 0;
for (let i = 0; i < connections; i++) {
  const socket = overTLS
    ? tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false }, () => socket.write(request))
    : net.connect(port, '127.0.0.1', () => socket.write(request));
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
