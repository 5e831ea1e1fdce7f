'use strict';
// A keep-alive Agent reuses one connection for requests made one after another (reusedSocket, the
// same local port, the server sees one connection); with maxSockets 1, requests made together
// wait in agent.requests and go out in order on the same socket; 'free' marks each return.
const http = require('http');

let connections = 0;
const server = http.createServer((req, res) => {
  res.end(`${req.url} on connection ${req.socket.connNo}`);
});
server.on('connection', (socket) => { socket.connNo = ++connections; });

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
agent.on('free', () => console.log('free; free sockets', Object.values(agent.freeSockets).flat().length));

function get(path) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, path, agent }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => {
        console.log(body, 'reused', req.reusedSocket, 'keep-alive', req.shouldKeepAlive, res.headers.connection);
        resolve(req.socket.localPort);
      });
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const first = await get('/1');
  await new Promise((resolve) => setImmediate(resolve));
  const second = await get('/2');
  console.log('same port', first === second);
  const name = agent.getName({ host: '127.0.0.1', port: server.address().port });
  const all = Promise.all([get('/a'), get('/b'), get('/c')]);
  console.log('waiting', agent.requests[name].length, 'in use', agent.sockets[name].length);
  await all;
  await new Promise((resolve) => setImmediate(resolve));
  console.log('connections', connections, 'total', agent.totalSocketCount);
  agent.destroy();
  server.close(() => console.log('closed'));
});
