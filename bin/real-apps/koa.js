'use strict';
// koa 3 with @koa/router (nested routers, params, allowedMethods' 405 / 501), koa-bodyparser
// (JSON, form and text bodies, a parse error), middleware order (a response-time-like header set
// after `await next()`), ctx.throw / error handling, streams as bodies, a redirect and a 404;
// asked by fetch and axios. Then the edges: a body stream that breaks half-way, a client that
// gives up, Expect: 100-continue, malformed heads (400 / 431), headersTimeout (408) and
// keepAliveTimeout, behind a proxy (X-Forwarded-*).
const { Readable } = require('node:stream');
const zlib = require('node:zlib');
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const axios = require('axios');
const { record, showError, rawExchange, showRaw } = require('./transcript');

const app = new Koa({ proxy: true });
const events = [];
app.on('error', (err, ctx) => events.push(`app error ${err.status} ${err.message} on ${ctx.path}`));

app.use(async (ctx, next) => {
  const order = ['outer in'];
  ctx.state.order = order;
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { error: err.expose ? err.message : 'internal', status: ctx.status };
    ctx.app.emit('error', err, ctx);
  }
  order.push('outer out');
  ctx.set('X-Order', order.join(','));
});
app.use(bodyParser({ enableTypes: ['json', 'form', 'text'], jsonLimit: '10kb', onerror(err, ctx) { ctx.throw(422, 'body could not be parsed'); } }));

const router = new Router();
router.get('/', (ctx) => { ctx.state.order.push('root'); ctx.body = 'koa root'; });
router.get('/users/:id', (ctx) => { ctx.body = { id: Number(ctx.params.id), q: ctx.query }; });
router.post('/users', (ctx) => { ctx.status = 201; ctx.set('Location', `/users/${encodeURIComponent(ctx.request.body.id)}`); ctx.body = { created: ctx.request.body }; });
router.post('/text', (ctx) => { ctx.body = { text: ctx.request.body, type: ctx.request.type }; });
router.post('/form', (ctx) => { ctx.body = { form: ctx.request.body }; });
router.get('/stream', (ctx) => { ctx.type = 'text/plain'; ctx.body = Readable.from(['alpha\n', 'beta\n', 'gamma\n']); });
router.get('/buffer', (ctx) => { ctx.body = Buffer.from('raw bytes'); });
router.get('/gzip', (ctx) => {
  const payload = JSON.stringify({ words: Array.from({ length: 500 }, (_, i) => `word${i}`) });
  if (ctx.acceptsEncodings('gzip', 'identity') === 'gzip') {
    ctx.set('Content-Encoding', 'gzip');
    ctx.type = 'json';
    ctx.body = zlib.gzipSync(payload);
  } else {
    ctx.type = 'json';
    ctx.body = payload;
  }
});
router.get('/teapot', (ctx) => ctx.throw(418, 'short and stout'));
router.get('/crash', () => { throw new Error('hidden detail'); });
router.get('/moved', (ctx) => { ctx.status = 302; ctx.redirect('/users/3'); });
router.get('/cookies', (ctx) => {
  ctx.cookies.set('a', '1', { httpOnly: false, overwrite: true });
  ctx.cookies.set('b', '2', { path: '/x', sameSite: 'lax' });
  ctx.body = { seen: ctx.cookies.get('seen') ?? null };
});
router.get('/conditional', (ctx) => {
  ctx.set('ETag', '"v1"');
  ctx.lastModified = new Date('2024-01-02T03:04:05Z');
  ctx.status = 200;
  if (ctx.fresh) { ctx.status = 304; return; }
  ctx.body = 'fresh content';
});

router.get('/file', (ctx) => { ctx.type = 'js'; ctx.body = require('node:fs').createReadStream(__filename); });
router.get('/broken-stream', (ctx) => {
  let sent = 0;
  ctx.type = 'text/plain';
  ctx.body = new Readable({
    read() {
      if (sent++ === 0) this.push('first part\n');
      else setImmediate(() => this.destroy(new Error('stream broke')));
    },
  });
});
router.get('/slow-body', async (ctx) => {
  ctx.type = 'text/plain';
  const body = new Readable({ read() {} });
  ctx.body = body;
  body.push('started\n');
  ctx.req.on('close', () => events.push(`slow-body request closed, response finished ${ctx.res.writableFinished}`));
  setTimeout(() => { body.push('late\n'); body.push(null); }, 300);
});
router.get('/ips', (ctx) => { ctx.body = { ip: ctx.ip, ips: ctx.ips, host: ctx.host, protocol: ctx.protocol, origin: ctx.origin, href: ctx.href }; });
router.post('/continue', (ctx) => { ctx.body = { received: ctx.request.body }; });

const api = new Router({ prefix: '/api' });
api.param('id', (id, ctx, next) => { if (!/^\d+$/.test(id)) ctx.throw(400, 'id must be numeric'); ctx.state.item = { id }; return next(); });
api.get('/items/:id', (ctx) => { ctx.body = { item: ctx.state.item }; });
api.put('/items/:id', (ctx) => { ctx.body = { item: ctx.state.item, body: ctx.request.body }; });
router.use(api.routes(), api.allowedMethods());

app.use(router.routes());
app.use(router.allowedMethods({ throw: false }));

async function withFetch(base) {
  let res = await fetch(`${base}/`);
  record('fetch GET /', res.status, res.headers, await res.text());
  res = await fetch(`${base}/users/12?a=1&b=two`);
  record('fetch GET /users/12', res.status, res.headers, await res.json());
  res = await fetch(`${base}/users`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"id":7,"name":"koa"}' });
  record('fetch POST /users', res.status, res.headers, await res.text());
  res = await fetch(`${base}/users`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"id":' });
  record('fetch POST /users (bad json)', res.status, res.headers, await res.text());
  res = await fetch(`${base}/text`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'some text' });
  record('fetch POST /text', res.status, res.headers, await res.text());
  res = await fetch(`${base}/form`, { method: 'POST', body: new URLSearchParams([['x', '1'], ['y', 'two words']]) });
  record('fetch POST /form', res.status, res.headers, await res.text());
  res = await fetch(`${base}/stream`);
  record('fetch GET /stream', res.status, res.headers, await res.text());
  res = await fetch(`${base}/buffer`);
  record('fetch GET /buffer', res.status, res.headers, Buffer.from(await res.arrayBuffer()));
  res = await fetch(`${base}/gzip`);
  record('fetch GET /gzip', res.status, res.headers, await res.text());
  res = await fetch(`${base}/gzip`, { headers: { 'accept-encoding': 'identity' } });
  record('fetch GET /gzip (identity)', res.status, res.headers, await res.text());
  for (const pathname of ['/teapot', '/crash', '/api/items/x', '/api/items/5', '/nope']) {
    res = await fetch(`${base}${pathname}`);
    record(`fetch GET ${pathname}`, res.status, res.headers, await res.text());
  }
  res = await fetch(`${base}/api/items/5`, { method: 'DELETE' });
  record('fetch DELETE /api/items/5 (405)', res.status, res.headers, await res.text());
  res = await fetch(`${base}/api/items/5`, { method: 'OPTIONS' });
  record('fetch OPTIONS /api/items/5', res.status, res.headers, await res.text());
  res = await fetch(`${base}/moved`, { redirect: 'manual' });
  record('fetch GET /moved (manual)', res.status, res.headers, await res.text());
  res = await fetch(`${base}/moved`);
  record(`fetch GET /moved (followed to ${new URL(res.url).pathname})`, res.status, res.headers, await res.text());
  res = await fetch(`${base}/cookies`, { headers: { cookie: 'seen=yes' } });
  record('fetch GET /cookies', res.status, res.headers, await res.text());
  console.log(`  getSetCookie ${JSON.stringify(res.headers.getSetCookie())}`);
  res = await fetch(`${base}/conditional`);
  record('fetch GET /conditional', res.status, res.headers, await res.text());
  res = await fetch(`${base}/conditional`, { headers: { 'if-none-match': '"v1"' } });
  record('fetch GET /conditional (if-none-match)', res.status, res.headers, await res.text());
}

async function withAxios(base) {
  const client = axios.create({ baseURL: base });
  let res = await client.put('/api/items/9', { replace: true });
  record('axios PUT /api/items/9', res.status, res.headers, res.data);
  res = await client.post('/form', 'k=v&k2=v2', { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  record('axios POST /form', res.status, res.headers, res.data);
  res = await client.get('/gzip');
  record(`axios GET /gzip (${res.data.words.length} words)`, res.status, res.headers, res.data);
  res = await client.get('/moved');
  record(`axios GET /moved (followed to ${res.request.path})`, res.status, res.headers, res.data);
  for (const pathname of ['/teapot', '/crash', '/nope']) {
    try { await client.get(pathname); } catch (error) {
      showError(`axios GET ${pathname}`, error);
      console.log(`  data ${JSON.stringify(error.response.data)}`);
    }
  }
  try { await client.post('/users', '{"broken', { headers: { 'content-type': 'application/json' } }); } catch (error) {
    showError('axios POST /users (bad json)', error);
  }
  res = await client.post('/users', { id: 'é✓', nested: { list: [1, 2, { deep: null }] } });
  record('axios POST /users (unicode)', res.status, res.headers, res.data);
}

async function withEdges(port, base) {
  const http = require('node:http');
  const net = require('node:net');
  let res = await fetch(`${base}/file`);
  record('fetch GET /file', res.status, res.headers, (await res.text()).length > 1000 ? 'source text' : 'short');
  res = await fetch(`${base}/ips`, { headers: { 'x-forwarded-for': '192.0.2.1, 192.0.2.2', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'proxied.example' } });
  record('fetch GET /ips (behind a proxy)', res.status, res.headers, await res.text());
  // a body that breaks half-way: the connection is cut, each client reports it its own way
  try {
    res = await fetch(`${base}/broken-stream`);
    console.log(`fetch GET /broken-stream -> ${res.status}`);
    await res.text();
    console.log('  read the whole body');
  } catch (error) { showError('  fetch body', error); }
  try { await axios.get(`${base}/broken-stream`); } catch (error) { showError('axios GET /broken-stream', error); }
  await new Promise((resolve) => {
    http.get(`${base}/broken-stream`, (response) => {
      console.log(`http GET /broken-stream -> ${response.statusCode}`);
      response.on('data', () => {});
      response.on('aborted', () => console.log('  aborted'));
      response.on('error', (error) => console.log(`  response error ${error.code} ${error.message}`));
      response.on('close', () => { console.log(`  close, complete ${response.complete}`); resolve(); });
    });
  });
  // the client gives up on a slow body
  const controller = new AbortController();
  res = await fetch(`${base}/slow-body`, { signal: controller.signal });
  const reader = res.body.getReader();
  const first = await reader.read();
  console.log(`fetch GET /slow-body -> ${res.status}, first chunk ${JSON.stringify(Buffer.from(first.value).toString())}`);
  controller.abort();
  try { await reader.read(); } catch (error) { showError('  next read after abort', error); }
  await new Promise((resolve) => setTimeout(resolve, 100));
  // Expect: 100-continue from node's client: the server answers 100 before the body is sent
  const continued = await new Promise((resolve, reject) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/continue', headers: { expect: '100-continue', 'content-type': 'application/json' } });
    req.on('continue', () => { console.log('http POST /continue: got 100 Continue'); req.end('{"after":"continue"}'); });
    req.on('response', (response) => { let text = ''; response.on('data', (c) => { text += c; }); response.on('end', () => resolve({ response, text })); });
    req.on('error', reject);
  });
  record('http POST /continue', continued.response.statusCode, continued.response.headers, continued.text);
  // malformed requests: the server's clientError answer
  showRaw('raw garbage', await rawExchange(port, 'NOT HTTP AT ALL\r\n\r\n'));
  showRaw('raw header too large', await rawExchange(port, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20000)}\r\n\r\n`));
  showRaw('raw bad content-length', await rawExchange(port, 'POST /users HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'));
}

// The server's timeouts, on a server of their own with short ones: on the main server they would
// also time out ordinary requests whenever the machine is slow (node included).
async function withTimeouts(port) {
  const net = require('node:net');
  // headersTimeout: a head that never finishes gets 408 and the connection closes
  const stalled = await new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\n'));
    let text = '';
    socket.on('data', (chunk) => { text += chunk; });
    socket.on('close', () => resolve(text));
  });
  showRaw('raw stalled head (headersTimeout)', stalled);
  // keepAliveTimeout: an idle keep-alive connection is closed by the server
  const idle = await new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write('GET /buffer HTTP/1.1\r\nHost: x\r\n\r\n'));
    let text = '';
    socket.on('data', (chunk) => { text += chunk; });
    socket.on('end', () => { text += '<server ended>'; });
    socket.on('close', () => resolve(text));
  });
  showRaw('raw idle keep-alive (keepAliveTimeout)', idle);
}

async function main() {
  const server = require('node:http').createServer(app.callback());
  const timing = require('node:http').createServer({ connectionsCheckingInterval: 50, headersTimeout: 300, requestTimeout: 600, keepAliveTimeout: 1000 }, app.callback());
  for (const each of [server, timing]) {
    each.listen(0, '127.0.0.1');
    await new Promise((resolve) => each.once('listening', resolve));
  }
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    await withFetch(base);
    await withAxios(base);
    showRaw('raw HEAD /', await rawExchange(server.address().port, 'HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
    showRaw('raw GET /users/1 (keep-alive, two requests)', await rawExchange(server.address().port,
      'GET /users/1 HTTP/1.1\r\nHost: x\r\n\r\nGET /users/2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
    await withEdges(server.address().port, base);
    await withTimeouts(timing.address().port);
  } finally {
    for (const each of [server, timing]) {
      each.close();
      each.closeAllConnections();
    }
  }
  for (const event of events) console.log(event);
  console.log('koa done');
}

main();
