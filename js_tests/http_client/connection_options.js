'use strict';
// The options that decide the connection: lookup (a name only this program knows), family,
// localAddress, socketPath (a Unix socket) and createConnection (with agent: undefined, no agent).
const http = require('http');
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const server = http.createServer((req, res) => res.end(`${req.url} from ${req.socket.remoteAddress ?? 'unix'} host=${req.headers.host.replace(/:\d+$/, ":PORT")}`));

function get(options) {
  return new Promise((resolve) => {
    const req = http.get(options, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve(body));
    });
    req.on('error', (err) => resolve(`error ${err.code} ${err.message}`));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const lookup = (hostname, options, callback) => {
    console.log('lookup', hostname, options.family, typeof callback);
    if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
    else callback(null, '127.0.0.1', 4);
  };
  console.log(await get({ host: 'service.example', port, path: '/lookup', lookup, agent: false }));
  console.log(await get({ host: 'localhost', port, path: '/family', family: 4, agent: false }));
  console.log(await get({ host: '127.0.0.1', port, path: '/local', localAddress: '127.0.0.1', agent: false }));
  let created = 0;
  const createConnection = (options, callback) => {
    created++;
    console.log('createConnection', options.host, options.port === port, typeof callback);
    return net.createConnection({ host: '127.0.0.1', port });
  };
  console.log(await get({ host: 'made.example', port, path: '/create', createConnection }));
  console.log('created', created);
  server.close();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'noderun-http-unix-'));
  const socketPath = path.join(dir, 'http.sock');
  const unixServer = http.createServer((req, res) => res.end(`${req.url} over unix host=${req.headers.host.replace(/:\d+$/, ":PORT")}`));
  unixServer.listen(socketPath, async () => {
    console.log(await get({ socketPath, path: '/unix' }));
    const agent = new http.Agent({ keepAlive: true });
    console.log(await get({ socketPath, path: '/unix-agent', agent }));
    console.log(Object.keys(agent.sockets).length + Object.keys(agent.freeSockets).length, agent.getName({ socketPath }) === `localhost:::${socketPath}`);
    agent.destroy();
    unixServer.close(() => fs.rmSync(dir, { recursive: true }));
  });
});
