'use strict';
// agent: false and an Agent without keepAlive each use a new connection per request and close it
// when the response ends (Connection: close on the wire).
const http = require('http');

let connections = 0;
const server = http.createServer((req, res) => res.end(`${req.headers.connection}`));
server.on('connection', () => connections++);

function get(agent) {
  return new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port: server.address().port, agent }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => {
        console.log('client sent connection:', body, 'server said', res.headers.connection);
        res.socket.on('close', resolve);
      });
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await get(false);
  await get(false);
  const agent = new http.Agent();
  await get(agent);
  await get(agent);
  console.log('connections', connections, Object.keys(agent.sockets).length, Object.keys(agent.freeSockets).length);
  server.close();
});
