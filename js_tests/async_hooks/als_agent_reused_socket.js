'use strict';
// A keep-alive agent hands one socket to several requests: each request's 'response' and body
// events run in that request's AsyncLocalStorage context (node resets a pooled socket's async
// context for the request it serves), whether it waited for the socket or found it free.
const { AsyncLocalStorage } = require('node:async_hooks');
const http = require('node:http');

const als = new AsyncLocalStorage();
const server = http.createServer((req, res) => setTimeout(() => res.end(req.url), 20));
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(port, name) {
  return new Promise((resolve) => als.run({ name }, () => {
    http.get({ port, host: '127.0.0.1', path: `/${name}`, agent }, (res) => {
      const seen = [`response=${als.getStore()?.name}`];
      let body = '';
      res.on('data', (chunk) => { body += chunk; seen.push(`data=${als.getStore()?.name}`); });
      res.on('end', () => resolve(`${name} (reused ${res.req.reusedSocket}): ${[...new Set(seen)].join(' ')} | ${body}`));
    });
  }));
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  // first opens the socket, second waits for it, third comes when it is free
  const [first, second] = await Promise.all([get(port, 'first'), get(port, 'second')]);
  const third = await get(port, 'third');
  for (const line of [first, second, third]) console.log(line);
  agent.destroy();
  server.close();
});
