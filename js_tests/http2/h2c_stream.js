// http2 core API over cleartext (h2c): a server 'stream' answered with respond() + end(), a client
// session's request() with its 'response' headers and body, both sides closed gracefully.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers, flags) => {
  console.log('server stream', headers[':method'], headers[':path'], flags);
  stream.respond({ ':status': 200, 'content-type': 'text/plain', 'x-custom': 'yes' });
  stream.end('hello over h2c');
});
server.listen(0, '127.0.0.1', () => {
  const client = http2.connect(`http://127.0.0.1:${server.address().port}`);
  client.on('connect', () => console.log('connected', client.alpnProtocol, client.encrypted));
  const req = client.request({ ':path': '/x?y=1' });
  req.on('response', (headers, flags) => {
    console.log('response', headers[':status'], headers['content-type'], headers['x-custom'], typeof headers.date, flags);
  });
  req.setEncoding('utf8');
  let body = '';
  req.on('data', (c) => body += c);
  req.on('end', () => {
    console.log('body', body);
    client.close(() => { console.log('client closed'); server.close(() => console.log('server closed')); });
  });
  req.on('close', () => console.log('req close', req.rstCode));
});
