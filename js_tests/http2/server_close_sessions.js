// server.close() closes its sessions gracefully: the idle client gets a GOAWAY (NO_ERROR) and the
// server's 'close' follows once the sessions have ended
const http2 = require('http2');
const events = [];
const server = http2.createServer((req, res) => res.end('hi'));
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.once('goaway', (code) => console.log('client goaway', code));
  client.on('close', () => events.push('client close'));
  const req = client.request();
  req.setEncoding('utf8');
  req.on('data', (d) => console.log('body', d));
  req.on('end', () => {
    server.close(() => events.push('server close'));
  });
});
process.on('exit', () => console.log(events.sort()));
