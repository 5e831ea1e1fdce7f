'use strict';
// koa 3 with @koa/router (nested routers, params, allowedMethods' 405 / 501), koa-bodyparser
// (JSON, form and text bodies, a parse error), middleware order (a response-time-like header set
// after `await next()`), ctx.throw / error handling, streams as bodies, a redirect and a 404;
// asked by fetch and axios.
const { Readable } = require('node:stream');
const zlib = require('node:zlib');
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const axios = require('axios');
const { record, showError, rawExchange, showRaw } = require('./transcript');

const app = new Koa();
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

async function main() {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    await withFetch(base);
    await withAxios(base);
    showRaw('raw HEAD /', await rawExchange(server.address().port, 'HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
    showRaw('raw GET /users/1 (keep-alive, two requests)', await rawExchange(server.address().port,
      'GET /users/1 HTTP/1.1\r\nHost: x\r\n\r\nGET /users/2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  } finally {
    server.close();
    server.closeAllConnections();
  }
  for (const event of events) console.log(event);
  console.log('koa done');
}

main();
