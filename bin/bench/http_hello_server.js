// A hello-world HTTP server for bin/bench.py's http benchmark: prints its port, serves until killed.
const http = require('http');
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello, world!\n');
});
server.listen(0, '127.0.0.1', () => {
  // (in http_cluster_server.js's workers, the primary says the port once all of them listen)
  if (!require('cluster').isWorker) console.log(server.address().port);
});
