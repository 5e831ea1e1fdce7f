'use strict';
// More of what real programs run: a WebSocket server from `ws` (permessage-deflate on) with the
// `ws` client and node's WebSocket global, an `http-proxy` reverse proxy in front of a server
// (HTTP and WebSocket upgrades, and the proxy's error when the target is down), multipart uploads
// parsed by `multer` (sent by fetch's FormData), and `supertest` driving an express app.
const http = require('node:http');
const express = require('express');
const multer = require('multer');
const request = require('supertest');
const httpProxy = require('http-proxy');
const { WebSocketServer, WebSocket: WsClient } = require('ws');
const { record, showError } = require('./transcript');

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

// --- the backend: express with multer, and a ws server on the same port -------------------------
const app = express();
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 200 * 1024 } });
app.get('/hello', (req, res) => res.json({ hello: 'backend', via: req.get('x-forwarded-for') ? 'proxy' : 'direct', host: req.get('x-forwarded-host')?.replace(/:\d+$/, ':PORT') ?? null }));
app.post('/upload', upload.fields([{ name: 'doc' }, { name: 'pics', maxCount: 2 }]), (req, res) => {
  const files = Object.values(req.files ?? {}).flat().map((f) => ({
    field: f.fieldname, name: f.originalname, type: f.mimetype, size: f.size, head: f.buffer.subarray(0, 12).toString('latin1'),
  }));
  res.json({ fields: req.body, files });
});
app.use((err, req, res, next) => res.status(400).json({ error: err.code ?? err.message, field: err.field ?? null }));

const backend = http.createServer(app);
const wss = new WebSocketServer({ server: backend, perMessageDeflate: { threshold: 0 } });
wss.on('connection', (socket, req) => {
  socket.send(JSON.stringify({ welcome: req.url, protocol: socket.protocol, extensions: socket.extensions }));
  socket.on('message', (data, isBinary) => {
    const text = isBinary ? null : data.toString();
    if (text === 'close me') socket.close(4001, 'asked to close');
    else if (text === 'ping me') socket.ping('p');
    else socket.send(isBinary ? Buffer.concat([Buffer.from('echo:'), data]) : `echo:${text.length > 60 ? `${text.length} chars` : text}`, { binary: isBinary });
  });
  socket.on('pong', (data) => socket.send(`pong received: ${data}`));
});

async function withWs(port, path) {
  const lines = [];
  await new Promise((resolve, reject) => {
    const client = new WsClient(`ws://127.0.0.1:${port}${path}`, ['chat', 'superchat'], { perMessageDeflate: true });
    let step = 0;
    client.on('message', (data, isBinary) => {
      lines.push(`message ${isBinary ? `binary ${data.toString('hex')}` : data.toString()}`);
      step++;
      if (step === 1) client.send('hi there');
      else if (step === 2) client.send(Buffer.from([1, 2, 3, 254]));
      else if (step === 3) client.send('x'.repeat(100000));
      else if (step === 4) client.send('ping me');
      else if (step === 5) client.send('close me');
    });
    client.on('ping', (data) => lines.push(`ping ${data}`));
    client.on('close', (code, reason) => { lines.push(`close ${code} ${reason}`); resolve(); });
    client.on('error', reject);
  });
  console.log(`ws client ${path}:\n  ${lines.join('\n  ')}`);
}

async function withWebSocketGlobal(port) {
  const lines = [];
  await new Promise((resolve) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/global`, 'chat');
    socket.binaryType = 'arraybuffer';
    let step = 0;
    socket.addEventListener('open', () => lines.push(`open protocol=${socket.protocol} extensions=${socket.extensions}`));
    socket.addEventListener('message', (event) => {
      const data = typeof event.data === 'string' ? event.data : `binary ${Buffer.from(event.data).toString('hex')}`;
      lines.push(`message ${data}`);
      step++;
      if (step === 1) socket.send('from the global');
      else if (step === 2) socket.send(new Uint8Array([9, 8, 7]));
      else if (step === 3) socket.send('y'.repeat(70000));
      else if (step === 4) socket.close(1000, 'done');
    });
    socket.addEventListener('close', (event) => { lines.push(`close ${event.code} ${event.reason} clean=${event.wasClean}`); resolve(); });
    socket.addEventListener('error', () => lines.push('error event'));
  });
  console.log(`WebSocket global:\n  ${lines.join('\n  ')}`);
}

async function withMulter(base) {
  const form = new FormData();
  form.append('title', 'report');
  form.append('tags', 'a');
  form.append('tags', 'b');
  form.append('doc', new Blob(['%PDF-1.4 fake document body'], { type: 'application/pdf' }), 'report.pdf');
  form.append('pics', new Blob([Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0])], { type: 'image/png' }), 'one.png');
  form.append('pics', new File(['second picture'], 'two ü.png', { type: 'image/png' }));
  let res = await fetch(`${base}/upload`, { method: 'POST', body: form });
  record('fetch POST /upload (multipart)', res.status, {}, await res.text());
  const big = new FormData();
  big.append('doc', new Blob([Buffer.alloc(300 * 1024, 1)]), 'big.bin');
  res = await fetch(`${base}/upload`, { method: 'POST', body: big });
  record('fetch POST /upload (file over the limit)', res.status, {}, await res.text());
  const extra = new FormData();
  extra.append('unexpected', new Blob(['x']), 'x.txt');
  res = await fetch(`${base}/upload`, { method: 'POST', body: extra });
  record('fetch POST /upload (unexpected field)', res.status, {}, await res.text());
}

async function withSupertest() {
  const res = await request(app).get('/hello').set('Accept', 'application/json').expect('Content-Type', /json/).expect(200);
  record('supertest GET /hello', res.status, res.headers, res.body);
  const posted = await request(app).post('/upload').field('name', 'st').attach('doc', Buffer.from('attached'), 'a.txt').expect(200);
  record('supertest POST /upload', posted.status, {}, posted.body);
  try {
    await request(app).get('/hello').expect(201);
  } catch (error) { console.log(`supertest expect(201) -> ${error.message}`); }
}

async function withProxy(backendPort) {
  const proxy = httpProxy.createProxyServer({ target: `http://127.0.0.1:${backendPort}`, ws: true, xfwd: true });
  proxy.on('error', (error, req, res) => {
    if (res.writeHead) { res.writeHead(502, { 'content-type': 'text/plain' }); res.end(`proxy error ${error.code}`); }
    else res.destroy();
  });
  proxy.on('proxyRes', (proxyRes) => { proxyRes.headers['x-proxied'] = 'yes'; });
  const front = http.createServer((req, res) => proxy.web(req, res));
  front.on('upgrade', (req, socket, head) => proxy.ws(req, socket, head));
  const port = await listen(front);
  const res = await fetch(`http://127.0.0.1:${port}/hello`);
  record('fetch GET /hello through the proxy', res.status, res.headers, await res.text());
  const form = new FormData();
  form.append('doc', new Blob(['through the proxy']), 'p.txt');
  const posted = await fetch(`http://127.0.0.1:${port}/upload`, { method: 'POST', body: form });
  record('fetch POST /upload through the proxy', posted.status, {}, await posted.text());
  await withWs(port, '/via-proxy');
  const down = httpProxy.createProxyServer({ target: 'http://127.0.0.1:1' });
  down.on('error', (error, req, res) => { res.writeHead(502); res.end(`target down: ${error.code}`); });
  const front2 = http.createServer((req, res) => down.web(req, res));
  const port2 = await listen(front2);
  const bad = await fetch(`http://127.0.0.1:${port2}/x`);
  record('fetch GET through a proxy whose target is down', bad.status, {}, await bad.text());
  proxy.close();
  front.close();
  front.closeAllConnections();
  front2.close();
}

async function main() {
  const port = await listen(backend);
  const base = `http://127.0.0.1:${port}`;
  await withWs(port, '/direct?room=1');
  await withWebSocketGlobal(port);
  await withMulter(base);
  await withSupertest();
  await withProxy(port);
  for (const client of wss.clients) client.terminate();
  wss.close();
  backend.close();
  backend.closeAllConnections();
  console.log('extras done');
}

main().catch((error) => { showError('main', error); console.log(error.stack); process.exitCode = 1; });
