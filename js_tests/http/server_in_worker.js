'use strict';
// An HTTP server in a worker thread answers a raw client on the main thread.
const { Worker, isMainThread, parentPort } = require('worker_threads');
const http = require('http');

if (isMainThread) {
  const { raw } = require('./helpers/raw');
  const worker = new Worker(__filename);
  worker.on('message', async (port) => {
    console.log(await raw(port, 'POST /w HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\nConnection: close\r\n\r\ndata'));
    worker.postMessage('stop');
  });
  worker.on('exit', (code) => console.log('worker exit', code));
} else {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => body += d);
    req.on('end', () => res.end(`worker got ${req.method} ${req.url} ${body}`));
  });
  server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
  parentPort.on('message', () => {
    server.close();
    parentPort.close();
  });
}
