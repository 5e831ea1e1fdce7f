// Once a program has read a socket, Buffer.byteLength and the http server's one-write response
// (head + body) count UTF-8 bytes through a C function: lone surrogates and astral characters
// must still count as in node. A head past ASCII goes out in the body's encoding (UTF-8 here),
// but a Content-Disposition next to a Content-Length, whose characters are taken as bytes.
const http = require('http');
const net = require('net');

const strings = ['', 'ascii', 'caf\u00e9', '\u20ac', '\ud83d\ude00', 'a\ud800b', '\udc00', 'x\ud83d',
                 '\u00ff'.repeat(300), 'z'.repeat(70000)];
function lengths(label) {
  console.log(label, strings.map((s) => Buffer.byteLength(s)).join(','),
              strings.map((s) => Buffer.byteLength(s, 'utf8') === Buffer.from(s).length).every(Boolean));
}
lengths('before');

const bodies = ['Hello, world!\n', 'h\u00e9llo \ud83d\ude00\n', 'lone \ud800 surrogate\n'];
const server = http.createServer((req, res) => {
  const i = Number(req.url.slice(1));
  if (i === 1) res.setHeader('X-Latin1', 'caf\u00e9');
  if (i === 2) res.setHeader('Content-Disposition', Buffer.from('attachment; filename="b\u00e5r"').toString('latin1'));
  res.end(bodies[i]);
});
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  let got = Buffer.alloc(0);
  let asked = 0;
  const ask = () => socket.write(`GET /${asked++} HTTP/1.1\r\nHost: x\r\n\r\n`);
  socket.on('connect', ask);
  socket.on('data', (chunk) => {
    got = Buffer.concat([got, chunk]);
    const text = got.toString('latin1');
    const head = text.indexOf('\r\n\r\n');
    if (head === -1) return;
    const length = Number(/content-length: (\d+)/i.exec(text)[1]);
    if (got.length < head + 4 + length) return;
    const headers = text.slice(0, head).split('\r\n').filter((line) => !line.startsWith('Date:'));
    console.log(headers.join(' | '), socket.bytesRead);
    console.log(JSON.stringify(got.subarray(head + 4, head + 4 + length).toString('utf8')));
    got = got.subarray(head + 4 + length);
    if (asked < bodies.length) {
      ask();
    } else {
      lengths('after');
      socket.end();
      server.close();
    }
  });
});
