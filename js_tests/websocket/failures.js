'use strict';
// How a WebSocket fails, as node 24's undici says it: DOMExceptions from the constructor, send()
// and close(); a refused connection, a server answering 200, a wrong Sec-WebSocket-Accept and a
// frame a server must not send (masked) each fire 'error' (an ErrorEvent) then 'close' 1006;
// a close started by the server, with and without a code.
const http = require('http');
const net = require('net');
const crypto = require('crypto');

function attempt(label, make) {
  try {
    console.log(label, make());
  } catch (err) {
    console.log(label, err.name, err.constructor.name, err.code, err.message);
  }
}
attempt('no url', () => new WebSocket());
attempt('bad url', () => new WebSocket('foo'));
attempt('ftp', () => new WebSocket('ftp://x/'));
attempt('hash', () => new WebSocket('ws://x/#a'));
attempt('duplicate protocols', () => new WebSocket('ws://x/', ['a', 'a']));
attempt('bad protocol', () => new WebSocket('ws://x/', 'a b'));
console.log(WebSocket.CONNECTING, WebSocket.OPEN, WebSocket.CLOSING, WebSocket.CLOSED, WebSocket.prototype.OPEN);
console.log(http.WebSocket === WebSocket, http.CloseEvent === CloseEvent, http.MessageEvent === MessageEvent);
const event = new CloseEvent('close', { code: 4001, reason: 'why', wasClean: true });
console.log(event.type, event.code, event.reason, event.wasClean, event instanceof Event, new CloseEvent('x').code);

function accept(key) {
  return crypto.createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
}

const server = http.createServer();
server.on('upgrade', (req, socket) => {
  const key = req.headers['sec-websocket-key'];
  const head = (value) => 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
    `Sec-WebSocket-Accept: ${value}\r\n\r\n`;
  if (req.url === '/plain') {
    socket.end('HTTP/1.1 200 OK\r\nContent-Length: 15\r\n\r\nnot a websocket');
  } else if (req.url === '/wrong-accept') {
    socket.end(head('bm90IHRoZSBoYXNo'));
  } else if (req.url === '/masked') {
    socket.write(head(accept(key)));
    socket.write(Buffer.from([0x81, 0x82, 1, 2, 3, 4, 0x69 ^ 1, 0x69 ^ 2]));
  } else if (req.url === '/server-closes') {
    socket.write(head(accept(key)));
    socket.write(Buffer.from([0x88, 5, 0x0f, 0xa1, 0x62, 0x79, 0x65]));   // 4001 'bye'
    socket.on('data', (d) => {
      console.log('server: client answered close', d[0] & 0x0f, d.length > 6 ? 'with a code' : 'empty');
      socket.end();
    });
  } else if (req.url === '/no-code') {
    socket.write(head(accept(key)));
    socket.on('data', (d) => {
      console.log('server: client close frame length', d[1] & 0x7f);
      socket.end(Buffer.from([0x88, 0]));
    });
  }
});

function run(url, label, onOpen) {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    ws.onopen = () => {
      console.log(label, 'open');
      attempt(`${label} close code`, () => ws.close(1001));
      attempt(`${label} close reason`, () => ws.close(1000, 'x'.repeat(124)));
      onOpen?.(ws);
    };
    ws.onerror = (e) => console.log(label, 'error', e.constructor.name, e.message === '', e.error?.constructor.name);
    ws.onclose = (e) => {
      console.log(label, 'close', e.code, JSON.stringify(e.reason), e.wasClean, ws.readyState);
      attempt(`${label} send after close`, () => ws.send('late'));
      resolve();
    };
    if (label === 'refused') attempt('send while connecting', () => ws.send('early'));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const base = `ws://127.0.0.1:${server.address().port}`;
  const closed = net.createServer();
  await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const refusedPort = closed.address().port;
  await new Promise((resolve) => closed.close(resolve));
  await run(`ws://127.0.0.1:${refusedPort}/`, 'refused');
  await run(`${base}/plain`, 'status 200');
  await run(`${base}/wrong-accept`, 'wrong accept');
  await run(`${base}/masked`, 'masked frame');
  await run(`${base}/server-closes`, 'server closes');
  await run(`${base}/no-code`, 'no code', (ws) => ws.close());
  server.close();
});
