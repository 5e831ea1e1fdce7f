'use strict';
// The client goes away while the server is still answering a request whose (empty) body nobody
// read: node ends its side at the client's FIN, and only when the socket closes aborts the request
// ('aborted', then the response's 'close', then the request's 'error' and 'close' a tick later).
// koa's stream bodies rely on this order (its pipeline reports one error, 'Premature close').
const http = require('node:http');

const server = http.createServer((req, res) => {
  const log = (what) => (arg) => console.log(`server ${what}${arg instanceof Error ? ` ${arg.code} ${arg.message}` : ''}`);
  req.on('error', log('req error'));
  req.on('aborted', () => {
    console.log(`server req aborted (socket destroyed ${req.socket.destroyed}, writable ended ${req.socket.writableEnded})`);
    process.nextTick(() => console.log('server next tick after aborted'));
  });
  req.on('close', log('req close'));
  req.socket.on('end', () => console.log(`server socket end (writable ended ${req.socket.writableEnded})`));
  req.socket.on('error', log('socket error'));
  req.socket.on('close', log('socket close'));
  res.on('error', log('res error'));
  res.on('finish', log('res finish'));
  res.on('close', () => {
    console.log(`server res close (finished ${res.writableFinished}, req complete ${req.complete})`);
    server.close(() => console.log('server closed'));
  });
  res.write('started\n');
});

server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    res.once('data', (chunk) => {
      console.log(`client got ${JSON.stringify(String(chunk))}, destroys its response`);
      res.destroy();
    });
    res.on('close', () => console.log('client res close'));
  });
});
