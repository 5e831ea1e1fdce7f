'use strict';
// fetch over https: against a server in the same program, with a certificate made now: refused
// as self-signed (the cause is tls's error), then accepted once NODE_TLS_REJECT_UNAUTHORIZED is
// '0'; the request head offers br for https, the body comes back decoded.
const https = require('https');
const zlib = require('zlib');
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'noderun-fetch-https-'));
execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', path.join(dir, 'key.pem'),
  '-out', path.join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' });
const key = fs.readFileSync(path.join(dir, 'key.pem'));
const cert = fs.readFileSync(path.join(dir, 'cert.pem'));
fs.rmSync(dir, { recursive: true });

const server = https.createServer({ key, cert }, (req, res) => {
  res.setHeader('content-encoding', 'br');
  res.end(zlib.brotliCompressSync(`secure ${req.method} ${req.url} ${req.headers['accept-encoding']}`));
});
server.listen(0, '127.0.0.1', async () => {
  const url = `https://127.0.0.1:${server.address().port}/x`;
  try {
    await fetch(url);
  } catch (err) {
    console.log(err.message, err.cause?.code, err.cause?.message);
  }
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  const res = await fetch(url, { method: 'POST', body: 'over tls' });
  console.log(res.status, res.url === url, await res.text());
  server.close();
});
