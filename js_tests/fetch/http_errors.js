'use strict';
// How fetch over http fails, as undici does: TypeError('fetch failed') whose cause is the socket
// error (ECONNREFUSED with its fields), SocketError 'other side closed' when the server closes
// before answering, HTTPParserError for an answer that is not HTTP, 'terminated' when the body is
// cut short, a bad port refused before connecting, and an AbortSignal before and after the answer.
const net = require('net');

const server = net.createServer((socket) => {
  // A client that aborts closes its socket, with a reset when part of the answer is still unread
  // there (how much it has read depends on the machine's speed): the server side then reads
  // ECONNRESET, which is no failure of fetch.
  socket.on('error', (err) => {
    if (err.code !== 'ECONNRESET') throw err;
  });
  socket.once('data', (d) => {
    const path = d.toString().split(' ')[1];
    if (path === '/close') socket.destroy();
    else if (path === '/half') socket.end('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc');
    else if (path === '/garbage') socket.end('NOT HTTP\r\n\r\n');
    else if (path === '/slow') socket.write('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc');
  });
});

async function show(label, promise) {
  try {
    const res = await promise;
    console.log(label, res.status, await res.text());
  } catch (err) {
    const cause = err.cause;
    console.log(label, err.name, err.message, cause?.name, cause?.message, cause?.code);
    if (cause?.name === 'HTTPParserError') console.log('  data', JSON.stringify(cause.data));
    if (cause?.name === 'SocketError') console.log('  socket', Object.keys(cause.socket));
  }
}

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  await show('close', fetch(`${base}/close`));
  await show('half', fetch(`${base}/half`));
  await show('garbage', fetch(`${base}/garbage`));
  await show('bad port', fetch('http://127.0.0.1:1/'));
  const controller = new AbortController();
  const early = fetch(`${base}/slow`, { signal: controller.signal });
  controller.abort();
  await show('abort before', early);
  const later = new AbortController();
  const res = await fetch(`${base}/slow`, { signal: later.signal });
  setTimeout(() => later.abort(), 20);
  await show('abort during body', Promise.resolve({ status: res.status, text: () => res.text() }));
  const timed = await fetch(`${base}/slow`, { signal: AbortSignal.timeout(30) }).then((r) => r.text()).catch((err) => err);
  console.log('timeout', timed.name, timed.message);
  const closed = net.createServer();
  closed.listen(0, '127.0.0.1', () => {
    const { port } = closed.address();
    closed.close(async () => {
      try {
        await fetch(`http://127.0.0.1:${port}/`);
      } catch (err) {
        const { cause } = err;
        console.log('refused', err.message, cause.message === `connect ECONNREFUSED 127.0.0.1:${port}`, cause.code, cause.errno, cause.syscall, cause.address, cause.port === port);
      }
      server.close();
    });
  });
});
