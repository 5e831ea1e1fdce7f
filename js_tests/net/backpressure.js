// Backpressure both ways: the client writes 8 MiB in 64 KiB chunks, waiting for 'drain' whenever
// write() returns false; the server pauses its socket for a while after each 1 MiB and resumes
// it. Every byte arrives, in order.
const net = require('net');

const CHUNK = 64 * 1024;
const TOTAL = 8 * 1024 * 1024;

const server = net.createServer((socket) => {
  let received = 0;
  let pauses = 0;
  let nextPause = 1024 * 1024;
  socket.on('data', (chunk) => {
    for (let i = 0; i < chunk.length; i++) {
      if (chunk[i] !== (received + i) % 251) throw new Error(`byte ${received + i} is wrong`);
    }
    received += chunk.length;
    if (received >= nextPause) {
      nextPause += 1024 * 1024;
      pauses++;
      socket.pause();
      setTimeout(() => socket.resume(), 5);
    }
  });
  socket.on('end', () => {
    console.log('server received', received, 'pauses', pauses);
    socket.end(`${received}`);
  });
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let sent = 0;
  let drains = 0;
  let full = 0;
  function pump() {
    while (sent < TOTAL) {
      const chunk = Buffer.alloc(CHUNK);
      for (let i = 0; i < CHUNK; i++) chunk[i] = (sent + i) % 251;
      sent += CHUNK;
      if (!client.write(chunk)) {
        full++;
        client.once('drain', () => {
          drains++;
          pump();
        });
        return;
      }
    }
    client.end();
  }
  client.on('connect', pump);
  client.setEncoding('latin1');
  let answer = '';
  client.on('data', (text) => { answer += text; });
  client.on('end', () => {
    console.log('client sent', sent, 'answer', answer, 'some writes were refused:', full > 0, 'drains match:', drains === full);
    server.close();
  });
});
