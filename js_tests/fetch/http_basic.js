'use strict';
// fetch over http: against a server in the same program: what the server receives (method, the
// headers fetch adds, bodies of every kind), the Response (status, statusText, headers in order,
// url, type) and its body read whole, as JSON and as a stream of Uint8Array chunks.
const http = require('http');

let streaming;
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const seen = {
      method: req.method, url: req.url, headers: req.rawHeaders.filter((_, i) => i % 2 === 0).join(','),
      accept: req.headers.accept, ua: req.headers['user-agent'], te: req.headers['transfer-encoding'],
      cl: req.headers['content-length'], ct: req.headers['content-type'], body: Buffer.concat(chunks).toString(),
    };
    if (req.url === '/stream') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('one,');
      streaming = res;   // the rest once the client has read the first chunk (asks for /finish)
      return;
    }
    if (req.url === '/finish') {
      streaming.end('two');
      res.end();
      return;
    }
    res.writeHead(req.url === '/created' ? 201 : 200, 'Fine', { 'Content-Type': 'application/json', 'X-B': '2', 'X-A': '1' });
    res.end(JSON.stringify(seen));
  });
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  let res = await fetch(`${base}/plain?q=1#frag`);
  console.log(res.status, res.statusText, res.ok, res.type, res.redirected, res.url === `${base}/plain?q=1`);
  console.log([...res.headers].filter(([name]) => name !== 'date'));
  console.log(await res.json());

  res = await fetch(`${base}/created`, { method: 'POST', body: 'text body', headers: { 'X-Custom': 'v', Accept: 'text/html' } });
  console.log(res.status, res.statusText, await res.json());
  res = await fetch(new Request(`${base}/params`, { method: 'PUT', body: new URLSearchParams({ a: '1', b: 'x y' }) }));
  console.log(await res.json());
  res = await fetch(`${base}/bytes`, { method: 'POST', body: new Uint8Array([104, 105]) });
  console.log(await res.json());
  res = await fetch(`${base}/empty`, { method: 'POST' });
  console.log(await res.json());
  const body = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('streamed '));
      controller.enqueue(new TextEncoder().encode('body'));
      controller.close();
    },
  });
  res = await fetch(`${base}/upload`, { method: 'POST', body, duplex: 'half' });
  console.log(await res.json());

  res = await fetch(`${base}/stream`);
  console.log(res.body instanceof ReadableStream, res.bodyUsed);
  const reader = res.body.getReader();
  const show = (chunk) => console.log('chunk', chunk.constructor.name, new TextDecoder().decode(chunk));
  show((await reader.read()).value);
  await (await fetch(`${base}/finish`)).text();
  for (let step = await reader.read(); !step.done; step = await reader.read()) show(step.value);
  reader.releaseLock();
  console.log(res.bodyUsed);

  res = await fetch(`${base}/head`, { method: 'HEAD' });
  console.log('head', res.status, res.body, await res.text());
  server.close();
});
