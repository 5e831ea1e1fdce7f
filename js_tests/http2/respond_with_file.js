// respondWithFile / respondWithFD: the file's bytes are the body, content-length from the file's
// size (or the range asked for), statCheck can add headers or answer itself; a directory is
// ERR_HTTP2_SEND_FILE (to onError when given), a 204 has no body (ERR_HTTP2_PAYLOAD_FORBIDDEN).
const http2 = require('http2');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'h2file-'));
const file = path.join(dir, 'hello.txt');
fs.writeFileSync(file, 'hello from a file, over http/2\n');

const server = http2.createServer();
server.on('stream', (stream, headers) => {
  const route = headers[':path'];
  if (route === '/file') {
    stream.respondWithFile(file, { 'content-type': 'text/plain' }, {
      statCheck(stat, headers) { headers['x-size'] = stat.size; },
    });
  } else if (route === '/range') {
    const fd = fs.openSync(file, 'r');
    stream.respondWithFD(fd, { 'content-type': 'text/plain' }, { offset: 6, length: 4 });
    stream.on('close', () => fs.closeSync(fd));
  } else if (route === '/dir') {
    stream.respondWithFile(dir, {}, {
      onError(error) {
        console.log('onError', error.code, error.message);
        stream.respond({ ':status': 404 });
        stream.end();
      },
    });
  } else if (route === '/nocontent') {
    try {
      stream.respondWithFile(file, { ':status': 204 });
    } catch (error) {
      console.log('thrown', error.code, error.message);
      stream.respond({ ':status': 204 });
    }
  }
});

server.listen(0, async () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  for (const route of ['/file', '/range', '/dir', '/nocontent']) {
    await new Promise((resolve) => {
      const req = client.request({ ':path': route });
      let body = '';
      req.setEncoding('utf8');
      req.on('response', (headers) => {
        console.log(route, headers[':status'], headers['content-length'], headers['x-size'], headers['content-type']);
      });
      req.on('data', (chunk) => { body += chunk; });
      req.on('end', () => console.log(route, 'body', JSON.stringify(body)));
      req.on('close', resolve);
    });
  }
  client.close();
  server.close();
  fs.rmSync(dir, { recursive: true });
});
