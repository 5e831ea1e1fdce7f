// 1,000 TCP connections opened and closed against one server, 50 at a time: each sends a line,
// reads its echo, and ends. Prints a JSON report: connections completed, echoes that were wrong,
// and the process's descriptors and threads before and after (read from /proc/self).
const net = require('net');
const fs = require('fs');

const TOTAL = Number(process.argv[2] || 1000);
const AT_ONCE = 50;
const count = (dir) => fs.readdirSync(dir).length;

const server = net.createServer((socket) => {
  socket.on('data', (chunk) => socket.write(chunk));
  socket.on('end', () => socket.end());
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const before = { fds: count('/proc/self/fd'), threads: count('/proc/self/task') };
  let started = 0;
  let completed = 0;
  let wrong = 0;
  let closedServerSide = 0;
  server.on('connection', (socket) => socket.on('close', () => closedServerSide++));
  function one() {
    const id = started++;
    const client = net.connect(port, '127.0.0.1');
    let text = '';
    client.setEncoding('utf8');
    client.on('connect', () => client.write(`connection ${id}\n`));
    client.on('data', (chunk) => {
      text += chunk;
      if (text.endsWith('\n')) client.end();
    });
    client.on('close', () => {
      if (text !== `connection ${id}\n`) wrong++;
      completed++;
      if (started < TOTAL) one();
      else if (completed === TOTAL) finish();
    });
  }
  function finish() {
    // the server's sides close a moment after the clients'
    const check = () => {
      if (closedServerSide < TOTAL) return setTimeout(check, 10);
      server.close(() => {
        const after = { fds: count('/proc/self/fd'), threads: count('/proc/self/task') };
        console.log(JSON.stringify({ completed, wrong, closedServerSide, before, after }));
      });
    };
    check();
  }
  for (let i = 0; i < AT_ONCE; i++) one();
});
