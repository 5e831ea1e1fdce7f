// http2 over TLS: createSecureServer offers 'h2' by ALPN; connect('https://...') negotiates it;
// with allowHTTP1, an HTTP/1.1 client is served by the same request listener.
const http2 = require('http2');
const https = require('https');
const tls = require('tls');
const certs = require('../tls/helpers/certs');

const server = http2.createSecureServer({ ...certs.server, allowHTTP1: true }, (req, res) => {
  res.end(`${req.httpVersion} ${req.method} ${req.url} ${req.socket.alpnProtocol}`);
});
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  console.log(server instanceof tls.Server);
  await new Promise((resolve) => {
    const client = http2.connect(`https://localhost:${port}`, { ca: certs.ca });
    client.on('connect', () => console.log('h2 connect:', client.alpnProtocol, client.encrypted));
    const req = client.request({ ':path': '/secure' });
    req.on('response', (headers) => console.log('h2 status:', headers[':status']));
    req.setEncoding('utf8');
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      console.log('h2 body:', body);
      client.close(resolve);
    });
  });
  await new Promise((resolve) => {
    const socket = tls.connect({ port, host: '127.0.0.1', ca: certs.ca, servername: 'localhost', ALPNProtocols: ['http/1.1'] }, () => {
      socket.write('GET /old HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    });
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => { answer += chunk; });
    socket.on('end', () => {
      console.log('http/1.1 answer:', answer.split('\r\n')[0], answer.split('\r\n\r\n')[1]);
      resolve();
    });
  });
  server.close(() => console.log('server closed'));
});
