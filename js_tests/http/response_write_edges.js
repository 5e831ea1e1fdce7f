// The server's response written at end(): the events and getters around the write, with the
// socket idle (one write straight to the kernel), busy (corked, or a response before it still
// being written: pipelining, the response then waits without a socket), and with a body larger
// than the kernel takes at once; a write and an end after the end.
const http = require('http');
const net = require('net');

const log = [];
const big = 'x'.repeat(8 * 1024 * 1024);

function watch(name, res) {
  for (const event of ['prefinish', 'finish', 'close']) {
    res.on(event, () => log.push(`${name} ${event} ended=${res.writableEnded} finished=${res.writableFinished}` +
                                 ` socket=${res.socket === null ? 'null' : typeof res.socket}`));
  }
}

const server = http.createServer((req, res) => {
  const name = req.url.slice(1);
  watch(name, res);
  const socket = req.socket;
  if (name === 'slow') {
    setTimeout(() => res.end('slow body\n', () => log.push('slow end callback')), 50);
    return;
  }
  if (name === 'corked') {
    socket.cork();
    res.end('corked body\n');
    log.push(`corked after end: writableLength=${socket.writableLength} corked=${socket.writableCorked}`);
    process.nextTick(() => socket.uncork());
    return;
  }
  if (name === 'big') {
    res.end(big, () => log.push('big end callback'));
    log.push(`big after end: queued=${res.writableLength > 0} headersSent=${res.headersSent}`);
    return;
  }
  res.setHeader('Content-Type', 'text/plain');
  const bytesBefore = socket.bytesWritten;
  res.end('Hello, world!\n', () => log.push(`${name} end callback`));
  log.push(`${name} after end: ended=${res.writableEnded} finished=${res.writableFinished}` +
           ` headersSent=${res.headersSent} written=${socket.bytesWritten - bytesBefore}` +
           ` length=${socket.writableLength} needDrain=${res.writableNeedDrain} queued=${res.socket === null}`);
  res.write('more', (err) => log.push(`${name} write callback ${err && err.code}`));
  res.on('error', (err) => log.push(`${name} error ${err.code}`));
  res.end('again', (err) => log.push(`${name} second end callback ${err && err.code}`));
  process.nextTick(() => log.push(`${name} next tick`));
  setImmediate(() => log.push(`${name} immediate`));
});

function summary(response) {
  const [head, body] = response.split('\r\n\r\n');
  return `${head.split('\r\n')[0]} ${head.includes('Transfer-Encoding') ? 'chunked' : 'length'} ` +
         `${body.length > 100 ? body.length : JSON.stringify(body)}`;
}

function flush(title) {
  console.log(`-- ${title}`);
  for (const line of log.splice(0)) console.log(line);
}

server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { got += chunk; });
  socket.on('end', () => {
    flush('pipelined');
    for (const response of got.split(/HTTP\/1\.1 /).slice(1)) console.log(summary(response));
    sequential(['idle', 'corked', 'big', 'idle2']);
  });
  // one packet: the slow response first, the others wait for it in order
  socket.write('GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /plain HTTP/1.1\r\nHost: x\r\n\r\n' +
               'GET /last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
});

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function sequential(names) {
  if (names.length === 0) {
    agent.destroy();
    server.close();
    return;
  }
  http.get({ port: server.address().port, host: '127.0.0.1', path: `/${names[0]}`, agent }, (res) => {
    let length = 0;
    res.on('data', (chunk) => { length += chunk.length; });
    res.on('end', () => {
      setTimeout(() => {
        flush(names[0]);
        console.log(res.statusCode, res.headers['content-length'], length);
        sequential(names.slice(1));
      }, 20);
    });
  });
}
