'use strict';
// Request bodies: chunked by default for a POST, Content-Length when set, write() then end(),
// the server sees the headers the client sent.
const http = require('http');

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    res.end(JSON.stringify({
      method: req.method, te: req.headers['transfer-encoding'], cl: req.headers['content-length'],
      ct: req.headers['content-type'], custom: req.headers['x-custom'], body: Buffer.concat(chunks).toString(),
    }));
  });
});

function post(options, write) {
  return new Promise((resolve, reject) => {
    const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST', ...options }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve(JSON.parse(body)));
    });
    req.on('error', reject);
    write(req);
  });
}

server.listen(0, '127.0.0.1', async () => {
  console.log(await post({}, (req) => { req.write('hello '); req.write(Buffer.from('world')); req.end(); }));
  console.log(await post({ headers: { 'Content-Length': 5, 'Content-Type': 'text/plain' } }, (req) => req.end('12345')));
  console.log(await post({ method: 'put', headers: { 'X-Custom': ['a', 'b'] } }, (req) => req.end('put body')));
  console.log(await post({ method: 'PATCH' }, (req) => {
    req.setHeader('X-Custom', 'set later');
    console.log('headersSent before', req.headersSent);
    req.flushHeaders();
    console.log('headersSent after', req.headersSent);
    try {
      req.setHeader('X-Late', '1');
    } catch (err) {
      console.log(err.code, err.message);
    }
    req.end('after flush');
  }));
  console.log(await post({ method: 'DELETE' }, (req) => req.end()));
  server.close();
});
