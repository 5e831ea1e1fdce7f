'use strict';
// Informational answers before the final one: 'continue' and 'information' for 100 (a request
// with Expect: 100-continue sends its head at once), 'information' for 103 Early Hints.
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.url === '/hints') {
    res.writeEarlyHints({ link: '</style.css>; rel=preload; as=style' });
    res.end('after hints');
    return;
  }
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => res.end(`got ${body}`));
});
server.on('checkContinue', (req, res) => {
  console.log('server checkContinue', req.headers.expect);
  res.writeContinue();
  server.emit('request', req, res);
});

function read(res, label) {
  let body = '';
  res.on('data', (c) => { body += c; });
  return new Promise((resolve) => res.on('end', () => {
    console.log(label, res.statusCode, body);
    resolve();
  }));
}

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const req = http.request({ host: '127.0.0.1', port, method: 'POST', headers: { Expect: '100-continue' } });
  console.log('head sent early', req._header !== null && req._header !== undefined);
  req.on('information', (info) => console.log('information', info.statusCode, info.statusMessage, info.httpVersion, info.headers));
  req.on('continue', () => {
    console.log('continue');
    req.end('the body');
  });
  req.on('response', async (res) => {
    await read(res, 'response');
    const hints = http.get({ host: '127.0.0.1', port, path: '/hints' });
    hints.on('information', (info) => console.log('information', info.statusCode, info.statusMessage, info.headers, info.rawHeaders));
    hints.on('response', async (res2) => {
      await read(res2, 'response');
      server.close();
    });
  });
});
