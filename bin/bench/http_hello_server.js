// A hello-world HTTP server for bin/bench.py's http benchmark: prints its port, serves until killed.
const http = require('http');
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello, world!\n');
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
