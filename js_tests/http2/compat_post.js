// The compatibility API: a request listener reads a 200 kB POST body (more than the 64 KiB
// flow-control window: the client waits for WINDOW_UPDATEs) and answers with writeHead() / end().
const http2 = require('http2');
const server = http2.createServer((req, res) => {
  console.log('request', req.method, req.url, req.httpVersion, req.headers['x-in']);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c) => body += c);
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    res.writeHead(201, { 'x-out': 'o' });
    res.end(JSON.stringify({ got: body, len: body.length }));
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':method': 'POST', ':path': '/upload', 'x-in': 'i' });
  req.on('response', (h) => console.log('status', h[':status'], h['content-type'], h['x-out']));
  const big = 'x'.repeat(200000);
  req.end(big);
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const r = JSON.parse(Buffer.concat(chunks));
    console.log('echoed', r.len);
    client.close();
    server.close();
  });
});
