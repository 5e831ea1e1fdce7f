'use strict';
// A wss: WebSocket to an https server in the same program, with a certificate the test makes
// with openssl (accepted with NODE_TLS_REJECT_UNAUTHORIZED=0): open, a message, the close
// handshake (no code: 1005).
const https = require('https');
const crypto = require('crypto');
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'noderun-wss-'));
execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', path.join(dir, 'key.pem'),
  '-out', path.join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' });
const key = fs.readFileSync(path.join(dir, 'key.pem'));
const cert = fs.readFileSync(path.join(dir, 'cert.pem'));
fs.rmSync(dir, { recursive: true });

const server = https.createServer({ key, cert });
server.on('upgrade', (req, socket) => {
  const accept = crypto.createHash('sha1').update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
  socket.write(Buffer.from([0x81, 3, 0x68, 0x65, 0x79]));   // text 'hey'
  socket.on('data', (d) => {
    if ((d[0] & 0x0f) === 8) socket.end(Buffer.from([0x88, 0]));
  });
});
server.listen(0, '127.0.0.1', () => {
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  const ws = new WebSocket(`wss://localhost:${server.address().port}/`);
  ws.onopen = () => console.log('open', ws.url.replace(/:\d+/, ':PORT'));
  ws.onmessage = (event) => {
    console.log('message', event.data);
    ws.close();
  };
  ws.onerror = (event) => console.log('error', event.error);
  ws.onclose = (event) => {
    console.log('close', event.code, event.wasClean);
    server.close();
  };
});
