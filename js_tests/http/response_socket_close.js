// A keep-alive connection's responses and its socket's 'close' listeners: a listener added between
// two responses or during one runs in node's order relative to the response's own 'close', the
// count of 'close' listeners seen during each response, and a connection closed by the client
// while a response waits.
const http = require('http');
const net = require('net');

let count = 0;
const server = http.createServer((req, res) => {
  const n = ++count;
  const socket = req.socket;
  console.log(`request ${n}: close listeners ${socket.listenerCount('close')}`);
  res.on('close', () => console.log(`response ${n} close, finished ${res.writableFinished}`));
  res.on('finish', () => {
    console.log(`response ${n} finish`);
    if (n === 1) socket.on('close', () => console.log('socket close (added at finish 1)'));
  });
  if (n === 3) {
    socket.on('close', () => console.log('socket close (added in request 3)'));
    client.destroy();   // no answer: the client goes away
    return;
  }
  res.end(`response ${n}\n`);
});

let client;
server.listen(0, '127.0.0.1', () => {
  client = net.connect(server.address().port, '127.0.0.1');
  let sent = 0;
  const ask = () => client.write(`GET /${++sent} HTTP/1.1\r\nHost: x\r\n\r\n`);
  client.on('connect', ask);
  client.on('data', () => setTimeout(ask, 10));
  client.on('close', () => setTimeout(() => server.close(() => console.log('server closed')), 50));
});
