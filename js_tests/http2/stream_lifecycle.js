// A client stream's life as node reports it: pending (no id) until the session connects, 'ready'
// with its id, the response, the end, then 'close' with the RST code; sentHeaders (from an object
// or from a flat list); sensitive headers never indexed, seen by the peer under
// http2.sensitiveHeaders; a graceful session close, 'close' once done. (The
// server's side is printed at the end: across the two sides the order is the network's.)
const http2 = require('http2');

const serverLog = [];
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  serverLog.push(['stream', stream.id, headers[':path'], headers[http2.sensitiveHeaders]]);
  stream.on('close', () => serverLog.push(['stream close', stream.id, stream.rstCode, stream.closed, stream.destroyed]));
  stream.respond({ 'x-secret': 'token', [http2.sensitiveHeaders]: ['X-Secret'] });
  stream.end(`answer to ${headers[':path']}`);
});
server.on('session', (session) => {
  session.on('close', () => {
    serverLog.push(['session close']);
    for (const entry of serverLog) console.log('server', ...entry);
  });
});

server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('connect', () => console.log('connect', client.connecting, client.alpnProtocol, client.encrypted));
  const first = client.request({ ':path': '/one', authorization: 'secret' });
  console.log('pending', first.pending, first.id, first.sentHeaders[':path']);
  first.on('ready', () => console.log('ready', first.pending, first.id));
  first.on('response', (headers) => console.log('response', headers[':status'], headers[http2.sensitiveHeaders]));
  first.setEncoding('utf8');
  first.on('data', (chunk) => console.log('data', chunk));
  first.on('end', () => console.log('end', first.endAfterHeaders));
  first.on('close', () => {
    console.log('close', first.rstCode, first.closed, first.destroyed);
    const second = client.request([':path', '/two', 'x-list', 'a', 'x-list', 'b']);
    const { ':authority': authority, ...sent } = second.sentHeaders;
    console.log('second', second.id, typeof authority, sent);
    second.resume();
    second.on('close', () => {
      console.log('second close', second.rstCode);
      client.close();
      console.log('client closing', client.closed, client.destroyed);
      server.close();
    });
  });
});
