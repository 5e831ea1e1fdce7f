// https.createServer: an http server over TLS (ALPN http/1.1 offered), requests read from a TLS
// client on 127.0.0.1; a client whose handshake fails is the server's 'clientError'; https.Agent's
// defaults and connection names.
const https = require('https');
const tls = require('tls');
const certs = require('../tls/helpers/certs');

const server = https.createServer({ ...certs.server }, (req, res) => {
  console.log('request:', req.method, req.url, req.headers.host, req.socket.encrypted, req.socket.alpnProtocol);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    res.setHeader('content-type', 'text/plain');
    res.end(`${req.method} ${req.url} ${body}`);
  });
});
server.on('clientError', (error, socket) => {
  console.log('clientError:', error.code);
  socket.destroy();
});
console.log(server instanceof tls.Server, server instanceof https.Server, server.timeout, server.keepAliveTimeout,
            server.headersTimeout, server.requestTimeout);

function exchange(request, options = {}) {
  return new Promise((resolve) => {
    const socket = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: certs.ca,
                                 ALPNProtocols: ['http/1.1'], ...options }, () => {
      console.log('client alpn:', socket.alpnProtocol, socket.authorized);
      socket.write(request);
    });
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (data) => { text += data; });
    socket.on('error', (error) => console.log('client error:', error.code));
    socket.on('close', () => resolve(text));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const get = await exchange('GET /a?b=1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
  console.log(get.split('\r\n')[0], get.includes('content-type: text/plain'), get.split('\r\n\r\n')[1]);
  const post = await exchange('POST /p HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello');
  console.log(post.split('\r\n')[0], post.split('\r\n\r\n')[1]);
  await exchange('', { ca: undefined, rejectUnauthorized: true });
  const agent = new https.Agent({ keepAlive: true });
  console.log(agent.defaultPort, agent.protocol, agent.maxCachedSessions, agent instanceof require('http').Agent);
  console.log(agent.getName({ host: 'example.test', port: 443, servername: 'example.test', rejectUnauthorized: false }));
  console.log(https.globalAgent instanceof https.Agent, https.globalAgent.keepAlive, https.globalAgent.defaultPort);
  server.close(() => console.log('closed'));
});
