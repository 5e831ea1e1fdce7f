'use strict';
// AsyncLocalStorage's store in socket events: a socket's events run in the context it was made in
// (a client socket: where connect() / http.get() was called; an accepted socket: the server's), as
// node's handles keep theirs. Three interleaved http.get calls each read their own store in
// 'response', 'data' and 'end'; the server's handler sees the store of the code that listened.
const { AsyncLocalStorage } = require('node:async_hooks');
const http = require('node:http');
const net = require('node:net');

const als = new AsyncLocalStorage();
const store = () => als.getStore()?.name;

const server = als.run({ name: 'server' }, () => http.createServer((req, res) => {
  const seen = `handler=${store()}`;
  setTimeout(() => res.end(`${seen} timer=${store()}`), 30 - 10 * Number(req.url.slice(1)));
}));

function get(port, n) {
  return new Promise((resolve) => {
    als.run({ name: `client ${n}` }, () => {
      http.get({ port, host: '127.0.0.1', path: `/${n}`, agent: false }, (res) => {
        const seen = [`response=${store()}`];
        let body = '';
        res.on('data', (chunk) => { body += chunk; seen.push(`data=${store()}`); });
        res.on('end', () => { seen.push(`end=${store()}`); resolve(`${n}: ${[...new Set(seen)].join(' ')} | ${body}`); });
      });
    });
  });
}

function rawEcho(port) {
  const echo = als.run({ name: 'echo server' }, () => net.createServer((socket) => {
    socket.on('data', (chunk) => socket.end(`${chunk} seen by ${store()}`));
  }));
  return new Promise((resolve) => echo.listen(0, '127.0.0.1', () => {
    als.run({ name: 'net client' }, () => {
      const socket = net.connect(echo.address().port, '127.0.0.1', () => {
        const connectStore = store();
        socket.write('ping');
        socket.on('data', (chunk) => {
          echo.close();
          resolve(`net: connect=${connectStore} data=${store()} | ${chunk}`);
        });
      });
    });
  }));
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const line of await Promise.all([1, 2, 3].map((n) => get(port, n)))) console.log(line);
  console.log(await rawEcho(port));
  server.close();
});
