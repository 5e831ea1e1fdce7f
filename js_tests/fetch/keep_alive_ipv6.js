'use strict';
// fetch keeps its connections: requests made one after another to the same origin (over ::1
// here) share one connection once the bodies are read; idle connections do not keep the process
// alive.
const http = require('http');

let connections = 0;
const server = http.createServer((req, res) => res.end(`${req.method} ${req.url} ${req.headers.host === `[::1]:${server.address().port}`}`));
server.on('connection', () => connections++);

server.listen(0, '::1', async () => {
  const base = `http://[::1]:${server.address().port}`;
  for (const path of ['/one', '/two', '/three']) {
    const res = await fetch(`${base}${path}`);
    console.log(res.status, await res.text());
    // (undici hands the connection back a little after the body's end)
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const res = await fetch(`${base}/post`, { method: 'POST', body: 'x' });
  console.log(res.status, await res.text());
  console.log('connections', connections);
  server.close(() => console.log('server closed'));
});
