'use strict';
// NODE_DEBUG=http: the client and agent write node's messages to stderr (the sidecar checks them)
// after the warning that the log can expose sensitive data.
const http = require('http');

const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true });
  http.get({ host: '127.0.0.1', port: server.address().port, agent }, (res) => {
    res.resume();
    res.on('end', () => {
      console.log('done', res.statusCode);
      setImmediate(() => {
        agent.destroy();
        server.close();
      });
    });
  });
});
