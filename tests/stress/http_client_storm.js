'use strict';
// Many requests at once from the http client and fetch to one server: N fetches with bodies of
// every size, then 2 * N http.get through a keep-alive Agent limited to 5 sockets (the rest wait in
// agent.requests), then N WebSocket round trips. Prints one JSON report: how many answers were
// right, how many connections the server saw, what the agent holds afterwards.
const http = require('http');
const crypto = require('crypto');

const count = Number(process.argv[2] || 100);
let connections = 0;
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => res.end(`${crypto.createHash('sha1').update(Buffer.concat(chunks)).digest('hex')} ${req.url}`));
});
server.on('connection', () => connections++);
server.on('upgrade', (req, socket) => {
  const accept = crypto.createHash('sha1').update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
  socket.once('data', (frame) => {
    // one small masked text frame from the client: echo it unmasked, then close
    const mask = frame.subarray(2, 6);
    const payload = Buffer.from(frame.subarray(6, 6 + (frame[1] & 0x7f))).map((b, i) => b ^ mask[i % 4]);
    socket.write(Buffer.concat([Buffer.from([0x81, payload.length]), payload]));
    socket.end(Buffer.from([0x88, 2, 0x03, 0xe8]));
  });
});

function body(i) {
  return Buffer.alloc(i * 997, i % 251);
}

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const report = { fetchRight: 0, getRight: 0, wsRight: 0 };
  await Promise.all(Array.from({ length: count }, async (_, i) => {
    const res = await fetch(`${base}/f${i}`, { method: 'POST', body: body(i) });
    const expected = `${crypto.createHash('sha1').update(body(i)).digest('hex')} /f${i}`;
    if ((await res.text()) === expected) report.fetchRight++;
  }));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 5 });
  const empty = crypto.createHash('sha1').update(Buffer.alloc(0)).digest('hex');
  await Promise.all(Array.from({ length: 2 * count }, (_, i) => new Promise((resolve) => {
    http.get(`${base}/g${i}`, { agent }, (res) => {
      let text = '';
      res.on('data', (c) => { text += c; });
      res.on('end', () => {
        if (text === `${empty} /g${i}`) report.getRight++;
        resolve();
      });
    });
  })));
  report.agentSockets = Object.values(agent.sockets).flat().length + Object.values(agent.freeSockets).flat().length;
  report.agentWaiting = Object.keys(agent.requests).length;
  agent.destroy();
  await Promise.all(Array.from({ length: count }, (_, i) => new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.address().port}/w${i}`);
    ws.onopen = () => ws.send(`ws ${i}`);
    ws.onmessage = (event) => {
      if (event.data === `ws ${i}`) report.wsRight++;
    };
    ws.onclose = resolve;
  })));
  report.connections = connections;
  server.close(() => console.log(JSON.stringify(report)));
});
