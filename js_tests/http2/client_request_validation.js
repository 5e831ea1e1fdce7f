// A client request's options and CONNECT's headers are checked as node 24 checks them; a stream's
// close(code) takes a uint32; setNextStreamID numbers the next request
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  for (const code of ['x', 1.5, -1, 2 ** 32]) {
    try { stream.close(code); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  stream.respond();
  stream.end(`stream ${stream.id} ${headers[':path']}`);
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('connect', () => {
    const attempts = [
      () => client.request({}, { endStream: 1 }),
      () => client.request({}, { parent: 'x' }),
      () => client.request({}, { exclusive: null }),
      () => client.request({}, { silent: 'yes' }),
      () => client.request({ ':method': 'CONNECT' }),
      () => client.request({ ':method': 'CONNECT', ':authority': 'a:1', ':path': '/' }),
      () => client.request({ ':method': 'CONNECT', ':authority': 'a:1', ':scheme': 'http' }),
      () => client.setNextStreamID('1'),
      () => client.setNextStreamID(0),
      () => client.setNextStreamID(2 ** 32),
    ];
    for (const attempt of attempts) {
      try { attempt(); } catch (e) { console.log(e.name, e.code, e.message); }
    }
    client.setNextStreamID(11);
    const req = client.request({ ':path': '/eleven' });
    req.setEncoding('utf8');
    req.on('data', (d) => console.log(req.id, d));
    req.on('end', () => {
      client.close();
      server.close();
    });
  });
});
