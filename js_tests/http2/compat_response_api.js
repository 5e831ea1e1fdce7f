// The compatibility response: validation of headers and status codes, writeHead with arrays of
// pairs or a flat list (values appended), trailers, writeEarlyHints, req.method's setter and the
// socket proxy that refuses direct reads and writes
const http2 = require('http2');
const server = http2.createServer((req, res) => {
  const attempts = [
    () => res.setHeader(':path', 'x'),
    () => res.setHeader('foo', undefined),
    () => { res.statusCode = 101; },
    () => { res.statusCode = 700; },
    () => res.socket.write('x'),
    () => res.setHeader('', 'x'),
    () => { req.method = ''; },
    () => res.createPushResponse({}, 1),
    () => res.writeEarlyHints('nope'),
    () => res.writeEarlyHints({ link: 5 }),
  ];
  for (const attempt of attempts) {
    try { attempt(); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  req.method = 'PUT';
  console.log(req.method, req.authority.startsWith('localhost:'), req.scheme, req.httpVersion, res.statusMessage === '', res._header);
  console.log(res.hasHeader('X-Gone'), res.socket === req.socket, typeof res.socket.remotePort);
  res.writeEarlyHints({ link: ['</a.css>; rel=preload; as=style', '</b.js>; rel=preload; as=script'] });
  res.setTrailer('x-trailer', 'done');
  res.writeHead(201, [['foo', 'bar'], ['foo', 'baz'], ['ABC', 123]]);
  res.end('body');
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/p' });
  req.on('headers', (headers) => console.log('info', headers[':status'], headers.link));
  req.on('response', (headers) => console.log('response', headers[':status'], headers.foo, headers.abc));
  req.on('trailers', (trailers) => console.log('trailers', trailers['x-trailer']));
  req.setEncoding('utf8');
  req.on('data', (d) => console.log('data', d));
  req.on('end', () => {
    client.close();
    server.close();
  });
});
