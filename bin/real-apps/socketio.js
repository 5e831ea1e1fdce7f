'use strict';
// express's everyday middleware (morgan's request log, helmet's headers, cors with a preflight,
// cookie-parser's signed cookies, express-session with a fixed id) and socket.io on the same
// server, its client connecting over WebSocket and over HTTP long-polling (acks, rooms, binary).
const http = require('node:http');
const express = require('express');
const cors = require('cors');
const helmet = require('helmet');
const morgan = require('morgan');
const cookieParser = require('cookie-parser');
const session = require('express-session');
const { Server } = require('socket.io');
const { io: connect } = require('socket.io-client');

const app = express();
const logLines = [];
app.use(morgan(':method :url :status :res[content-length]', { stream: { write: (line) => logLines.push(line.trim()) } }));
app.use(helmet());
app.use(cors({ origin: 'http://allowed.example', credentials: true }));
app.use(cookieParser('secret'));
app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: false, genid: () => 'fixed-session-id' }));
app.get('/count', (req, res) => { req.session.n = (req.session.n ?? 0) + 1; res.json({ n: req.session.n, signed: req.signedCookies }); });
app.get('/sign', (req, res) => res.cookie('s', 'v', { signed: true }).send('signed'));
const server = http.createServer(app);
const io = new Server(server, { cors: { origin: '*' } });
io.on('connection', (socket) => {
  socket.emit('hello', { id: typeof socket.id, transport: socket.conn.transport.name });
  socket.on('echo', (payload, ack) => ack({ echoed: payload }));
  socket.on('join', (room) => { socket.join(room); io.to(room).emit('joined', room); });
  socket.on('binary', (buf) => socket.emit('binary back', Buffer.concat([buf, Buffer.from([255])])));
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  let res = await fetch(`${base}/count`, { headers: { origin: 'http://allowed.example' } });
  const cookie = res.headers.getSetCookie()[0].split(';')[0];
  const headers = Object.fromEntries([...res.headers].filter(([k]) => !['date', 'etag', 'keep-alive', 'connection'].includes(k)));
  console.log(res.status, JSON.stringify(headers, null, 1), await res.text());
  res = await fetch(`${base}/count`, { headers: { cookie } });
  console.log(res.status, await res.text());
  res = await fetch(`${base}/count`, { method: 'OPTIONS', headers: { origin: 'http://allowed.example', 'access-control-request-method': 'PUT' } });
  console.log('preflight', res.status, res.headers.get('access-control-allow-methods'), res.headers.get('access-control-allow-credentials'));
  res = await fetch(`${base}/sign`);
  const signed = res.headers.getSetCookie()[0].split(';')[0];
  res = await fetch(`${base}/count`, { headers: { cookie: signed } });
  console.log('signed', await res.text());
  for (const transports of [['websocket'], ['polling']]) {
    const client = connect(base, { transports, reconnection: false });
    const lines = [];
    await new Promise((resolve) => {
      client.on('hello', async (msg) => {
        lines.push(`hello ${JSON.stringify(msg)}`);
        lines.push(`ack ${JSON.stringify(await client.emitWithAck('echo', { deep: [1, 'two'] }))}`);
        client.emit('join', 'room1');
      });
      client.on('joined', (room) => { lines.push(`joined ${room}`); client.emit('binary', Buffer.from([1, 2])); });
      client.on('binary back', (buf) => { lines.push(`binary ${Buffer.from(buf).toString('hex')}`); client.disconnect(); });
      client.on('disconnect', (reason) => { lines.push(`disconnect ${reason}`); resolve(); });
      client.on('connect_error', (e) => { lines.push(`connect_error ${e.message}`); resolve(); });
    });
    console.log(transports[0], lines.join(' | '));
  }
  io.close();
  server.closeAllConnections();
  console.log(logLines.join('\n'));
});
