'use strict';
// Many keep-alive connections, each pipelining requests with bodies of varied sizes (some large,
// so responses back up and reading pauses), against one server echoing a digest and the body.
const http = require('http');
const net = require('net');
const crypto = require('crypto');

const CONNECTIONS = Number(process.argv[2] || 20);
const PER_CONNECTION = Number(process.argv[3] || 20);

const server = http.createServer((req, res) => {
  const hash = crypto.createHash('sha1');
  let size = 0;
  req.on('data', (chunk) => { hash.update(chunk); size += chunk.length; });
  req.on('end', () => {
    const digest = hash.digest('hex');
    const repeat = Number(req.headers['x-repeat'] || 1);
    res.setHeader('X-Digest', digest);
    res.setHeader('X-Size', size);
    for (let i = 0; i < repeat; i++) res.write(`${req.url}:${digest}\n`);
    res.end();
  });
});

function bodyFor(c, i) {
  const size = (c * 7919 + i * 104729) % 200000;
  return crypto.createHash('sha256').update(`${c}/${i}`).digest('hex').repeat(Math.ceil(size / 64)).slice(0, size);
}

server.listen(0, '127.0.0.1', () => {
  let done = 0;
  let failures = 0;
  for (let c = 0; c < CONNECTIONS; c++) {
    const socket = net.connect(server.address().port, '127.0.0.1');
    const expected = [];
    let payload = '';
    for (let i = 0; i < PER_CONNECTION; i++) {
      const body = bodyFor(c, i);
      const repeat = (i % 5 === 0) ? 3000 : 1;
      const digest = crypto.createHash('sha1').update(body).digest('hex');
      expected.push({ url: `/c${c}/r${i}`, digest, size: body.length, repeat });
      const chunked = i % 2 === 1;
      payload += `POST /c${c}/r${i} HTTP/1.1\r\nHost: x\r\nX-Repeat: ${repeat}\r\n` +
        (chunked ? `Transfer-Encoding: chunked\r\n\r\n${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`
          : `Content-Length: ${body.length}\r\n\r\n${body}`);
    }
    socket.write(payload);
    // a slow reader at first: responses back up on the server
    socket.pause();
    setTimeout(() => socket.resume(), 200);
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => {
      received += d;
      while (expected.length) {
        const head = received.indexOf('\r\n\r\n');
        if (head === -1) return;
        const headText = received.slice(0, head);
        let rest = received.slice(head + 4);
        let body;
        if (/Transfer-Encoding: chunked/i.test(headText)) {
          body = '';
          let pos = 0;
          for (;;) {
            const lineEnd = rest.indexOf('\r\n', pos);
            if (lineEnd === -1) return;
            const n = parseInt(rest.slice(pos, lineEnd), 16);
            if (rest.length < lineEnd + 2 + n + 2) return;
            body += rest.slice(lineEnd + 2, lineEnd + 2 + n);
            pos = lineEnd + 2 + n + 2;
            if (n === 0) break;
          }
          rest = rest.slice(pos);
        } else {
          const length = Number(/Content-Length: (\d+)/i.exec(headText)[1]);
          if (rest.length < length) return;
          body = rest.slice(0, length);
          rest = rest.slice(length);
        }
        received = rest;
        const want = expected.shift();
        const line = `${want.url}:${want.digest}\n`;
        if (!headText.includes(`X-Digest: ${want.digest}`) || !headText.includes(`X-Size: ${want.size}`) ||
            body !== line.repeat(want.repeat)) {
          failures++;
          console.log('mismatch', want.url, headText.split('\r\n')[0]);
        }
      }
      socket.end();
    });
    socket.on('close', () => {
      if (expected.length) { failures++; console.log('missing', expected.length, 'on', c); }
      if (++done === CONNECTIONS) {
        console.log('connections', CONNECTIONS, 'requests', CONNECTIONS * PER_CONNECTION, 'failures', failures);
        server.close();
      }
    });
  }
});
