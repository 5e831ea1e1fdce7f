'use strict';
// fetch's redirects as node 24's undici follows them: 301 / 302 turn a POST into a GET without
// its body, 303 turns anything but HEAD into a GET, 307 / 308 keep the method and the body;
// 'manual' returns the redirect, 'error' fails, more than 20 fail, a redirect to another origin
// drops Authorization and makes the response 'cors'.
const http = require('http');

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log('  server', req.method, req.url, JSON.stringify(body), req.headers['content-type'], req.headers.authorization);
    const m = /^\/r(\d+)\/(\d+)/.exec(req.url);
    if (m) {
      res.writeHead(+m[1], { location: m[2] === '0' ? '/end' : `/r${m[1]}/${m[2] - 1}` });
      res.end('moved');
    } else if (req.url === '/loop') {
      res.writeHead(302, { location: '/loop' });
      res.end();
    } else if (req.url === '/cross') {
      res.writeHead(302, { location: `http://localhost:${server.address().port}/end` });
      res.end();
    } else if (req.url === '/nolocation') {
      res.writeHead(301);
      res.end('nowhere');
    } else if (req.url === '/ftp') {
      res.writeHead(302, { location: 'ftp://127.0.0.1/' });
      res.end();
    } else {
      res.end(`done ${req.method}`);
    }
  });
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const show = async (label, promise) => {
    try {
      const r = await promise;
      console.log(label, r.status, r.type, r.redirected, r.url.replace(/:\d+/, ':PORT'), JSON.stringify(await r.text()), r.headers.get('location'));
    } catch (e) {
      console.log(label, e.name, e.message, e.cause?.name, e.cause?.message, e.cause?.code);
    }
  };
  for (const code of [301, 302, 303, 307, 308]) {
    await show(code, fetch(`${base}/r${code}/1`, { method: 'POST', body: 'data', headers: { authorization: 'x' } }));
  }
  await show('303 HEAD', fetch(`${base}/r303/0`, { method: 'HEAD' }));
  await show('manual', fetch(`${base}/r302/0`, { redirect: 'manual' }));
  await show('error', fetch(`${base}/r302/0`, { redirect: 'error' }));
  await show('no location', fetch(`${base}/nolocation`));
  await show('loop', fetch(`${base}/loop`));
  await show('cross origin', fetch(`${base}/cross`, { headers: { authorization: 'x' } }));
  await show('to ftp', fetch(`${base}/ftp`));
  const stream = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([65])); c.close(); } });
  await show('307 stream body', fetch(`${base}/r307/0`, { method: 'POST', body: stream, duplex: 'half' }));
  server.close();
});
