'use strict';
// express 5 with routing, route parameters, JSON and form bodies, static files (a large one, byte
// ranges, ETag / Last-Modified and 304), gzip through the `compression` middleware, an error
// handler and a 404; asked by node's http client, raw sockets, fetch and axios. Also: trust proxy,
// qs queries, content negotiation, download / sendFile / attachment, JSONP, server-sent events
// flushed through gzip, brotli, a 5 MB streamed upload, concurrent keep-alive requests, axios's
// params / auth / interceptors / maxContentLength / abort, fetch's Blob and stream uploads.
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const { AsyncLocalStorage } = require('node:async_hooks');
const express = require('express');
const compression = require('compression');
const axios = require('axios');
const { record, showError, rawExchange, showRaw } = require('./transcript');

// Static files with a fixed modification time, so ETag and Last-Modified are the same every run.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'real-apps-express-'));
const mtime = new Date('2024-05-06T07:08:09Z');
const files = {
  'hello.txt': 'hello static\n',
  'index.html': '<!doctype html><h1>index</h1>\n',
  'data/info.json': JSON.stringify({ kind: 'static json' }),
  'big.txt': Array.from({ length: 60000 }, (_, i) => `line ${i} of the large text file\n`).join(''),
  '.hidden': 'dotfiles are ignored\n',
  'blob.bin': Buffer.from(Array.from({ length: 3 * 1024 * 1024 }, (_, i) => (i * 131 + 7) & 0xff)),
};
for (const [name, content] of Object.entries(files)) {
  fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
  fs.writeFileSync(path.join(root, name), content);
  fs.utimesSync(path.join(root, name), mtime, mtime);
}

const app = express();
app.set('etag', 'strong');
app.use(compression({ threshold: 1024 }));
app.use(express.json({ limit: '50kb' }));
app.use(express.urlencoded({ extended: false }));
app.use('/static', express.static(root, { maxAge: 60_000 }));

app.get('/users/:id', (req, res) => res.json({ id: req.params.id, query: req.query }));
app.post('/users', (req, res) => res.status(201).location(`/users/${req.body.name}`).json({ created: req.body }));
app.post('/form', (req, res) => res.json({ form: req.body }));
app.put('/users/:id', (req, res) => res.json({ id: req.params.id, replaced: req.body }));
app.delete('/users/:id', (req, res) => res.sendStatus(204));
app.get('/files/{*rest}', (req, res) => res.json({ rest: req.params.rest }));
app.get('/text', (req, res) => res.type('text').send('plain text\n'));
app.get('/large.json', (req, res) => res.json(Array.from({ length: 2000 }, (_, i) => ({ i, name: `item ${i}` }))));
app.get('/stream', (req, res) => {
  res.type('text/plain');
  let n = 0;
  const next = () => (n < 5 ? (res.write(`chunk ${n++}\n`), setImmediate(next)) : res.end('done\n'));
  next();
});
app.get('/slow', (req, res) => { const timer = setTimeout(() => res.send('late'), 400); res.on('close', () => clearTimeout(timer)); });
app.get('/cookie', (req, res) => res.cookie('session', 'abc', { httpOnly: true, path: '/' }).send('cookie set'));
app.get('/headers', (req, res) => res.json({ accept: req.get('accept'), custom: req.get('x-custom'), host: req.hostname }));
app.get('/old', (req, res) => res.redirect(301, '/users/7?from=old'));
app.get('/found', (req, res) => res.redirect('/text'));
app.get('/boom', () => { throw new Error('sync failure'); });
app.get('/async-boom', async () => { await null; const e = new Error('async failure'); e.status = 503; throw e; });

app.set('trust proxy', 'loopback');
app.set('query parser', 'extended');
app.set('json spaces', 0);
app.param('sku', (req, res, next, sku) => { req.product = { sku: sku.toUpperCase() }; next(); });
app.get('/products/:sku', (req, res) => res.json(req.product));
app.route('/book')
  .get((req, res) => res.send('get a book'))
  .post(express.text(), (req, res) => res.send(`posted ${req.body.length} chars: ${req.body}`));
app.post('/upload', express.raw({ type: '*/*', limit: '20mb' }), (req, res) => {
  res.json({ bytes: req.body.length, sha256: require('node:crypto').createHash('sha256').update(req.body).digest('hex').slice(0, 16) });
});
app.get('/who', (req, res) => res.json({ ip: req.ip, ips: req.ips, protocol: req.protocol, secure: req.secure, xhr: req.xhr, hostname: req.hostname, fresh: req.fresh, subdomains: req.subdomains }));
app.get('/nested', (req, res) => res.json(req.query));
app.get('/format', (req, res) => res.format({
  'text/plain': () => res.send('plain format'),
  'text/html': () => res.send('<p>html format</p>'),
  'application/json': () => res.json({ format: 'json' }),
  default: () => res.status(406).send('Not Acceptable'),
}));
app.get('/download', (req, res) => res.download(path.join(root, 'hello.txt'), 'greeting.txt'));
app.get('/sendfile', (req, res, next) => res.sendFile('data/info.json', { root, headers: { 'x-sent': 'file' } }, (err) => err && next(err)));
app.get('/sendfile-missing', (req, res, next) => res.sendFile('nope.txt', { root }, (err) => next(err)));
app.get('/attachment', (req, res) => res.attachment('report ünïcode.pdf').send('pdf bytes'));
app.get('/jsonp', (req, res) => res.jsonp({ padded: true }));
app.get('/links', (req, res) => res.links({ next: '/page/2', last: '/page/9' }).vary('User-Agent').location('/elsewhere').status(202).end());
app.get('/events', (req, res) => {
  res.set({ 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  let n = 0;
  const timer = setInterval(() => {
    res.write(`data: event ${n}\n\n`);
    res.flush();   // compression's flush: each event leaves at once, still gzipped
    if (++n === 3) { clearInterval(timer); res.end(); }
  }, 5);
});
app.get('/many/:n', (req, res) => setTimeout(() => res.json({ n: Number(req.params.n) }), 30 - Number(req.params.n)));
app.get('/bigtext', (req, res) => res.type('text').send('brotli or gzip '.repeat(4000)));

// A request id kept in an AsyncLocalStorage, read back in callbacks of every kind while three
// requests interleave (what request loggers and tracers do).
const requestContext = new AsyncLocalStorage();
app.get('/context/:id', (req, res) => requestContext.run({ id: req.params.id }, async () => {
  const seen = [];
  const mark = (where) => seen.push(`${where}=${requestContext.getStore()?.id}`);
  await new Promise((resolve) => setTimeout(resolve, 30 - 10 * Number(req.params.id)));
  mark('timer');
  await new Promise((resolve) => fs.readFile(path.join(root, 'hello.txt'), () => { mark('fs'); resolve(); }));
  await new Promise((resolve) => zlib.gzip('x'.repeat(1000 * Number(req.params.id)), () => { mark('zlib'); resolve(); }));
  await new Promise((resolve) => http.get({ port: req.socket.localPort, host: '127.0.0.1', path: '/text' }, (inner) => {
    mark('http response');
    inner.resume();
    inner.on('end', () => { mark('http end'); resolve(); });
  }));
  await (await fetch(`http://127.0.0.1:${req.socket.localPort}/text`)).text();
  mark('fetch');
  res.json(seen);
}));

const router = express.Router();
router.use((req, res, next) => { res.set('X-Router', 'api'); next(); });
router.get('/items/:category{/:id}', (req, res) => res.json(req.params));
router.get('/items/:category/:id/reviews', (req, res) => res.json({ ...req.params, reviews: [] }));
app.use('/api', router);

app.use((req, res) => res.status(404).json({ error: 'not found', path: req.path }));
app.use((err, req, res, next) => {
  // A JSON syntax error's message is the engine's own wording (V8's and QuickJS's differ): the
  // transcript keeps its type and the body that failed instead.
  const error = err.type === 'entity.parse.failed' ? { body: err.body } : { error: err.message.replaceAll(root, '<root>') };
  res.status(err.status || 500).json({ ...error, type: err.type });
});

function get(port, pathname, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get({ port, host: '127.0.0.1', path: pathname, headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ res, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

async function withNodeHttp(port) {
  const plain = [
    ['/users/42?sort=desc&tag=a&tag=b'], ['/text'], ['/files/a/b/c.txt'], ['/api/items/books/12'],
    ['/api/items/books'], ['/api/items/books/7/reviews'], ['/nowhere'], ['/boom'], ['/async-boom'], ['/cookie'],
    ['/headers', { accept: 'application/json', 'x-custom': 'yes' }], ['/old'], ['/stream'],
    ['/static/hello.txt'], ['/static/'], ['/static/data/info.json'], ['/static/missing.txt'],
    ['/static/../secret'], ['/static/data'],
  ];
  for (const [pathname, headers] of plain) {
    const { res, body } = await get(port, pathname, headers);
    record(`http GET ${pathname}`, res.statusCode, res.headers, body);
  }
  // Compression: gzip only when asked, and only above the threshold.
  for (const pathname of ['/large.json', '/static/big.txt', '/text']) {
    const { res, body } = await get(port, pathname, { 'accept-encoding': 'gzip' });
    const decoded = res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(body) : body;
    record(`http GET ${pathname} (gzip)`, res.statusCode, res.headers, decoded);
  }
  const deflated = await get(port, '/large.json', { 'accept-encoding': 'deflate' });
  record('http GET /large.json (deflate)', deflated.res.statusCode, deflated.res.headers, zlib.inflateSync(deflated.body));
  // Conditional requests and ranges on static files.
  const first = await get(port, '/static/blob.bin');
  record('http GET /static/blob.bin', first.res.statusCode, first.res.headers, first.body);
  const { etag } = first.res.headers;
  const lastModified = first.res.headers['last-modified'];
  for (const [label, headers] of [
    ['if-none-match', { 'if-none-match': etag }],
    ['if-modified-since', { 'if-modified-since': lastModified }],
    ['stale etag', { 'if-none-match': '"nope"' }],
    ['range 0-99', { range: 'bytes=0-99' }],
    ['range suffix', { range: 'bytes=-10' }],
    ['range open', { range: 'bytes=3145700-' }],
    ['range unsatisfiable', { range: 'bytes=9999999-' }],
    ['range multiple', { range: 'bytes=0-1,5-6' }],
    ['if-range match', { range: 'bytes=10-19', 'if-range': etag }],
    ['if-range stale', { range: 'bytes=10-19', 'if-range': '"old"' }],
  ]) {
    const { res, body } = await get(port, '/static/blob.bin', headers);
    record(`http GET /static/blob.bin (${label})`, res.statusCode, res.headers, body);
  }
  for (const [pathname, headers] of [
    ['/who', { 'x-forwarded-for': '203.0.113.7, 10.0.0.1', 'x-forwarded-proto': 'https', 'x-requested-with': 'XMLHttpRequest' }],
    ['/who', { host: 'api.shop.example.com' }],
    ['/nested?a[b][c]=1&list[]=x&list[]=y&flag'],
    ['/format', { accept: 'text/html' }], ['/format', { accept: 'application/json;q=0.9, text/plain' }], ['/format', { accept: 'image/png' }],
    ['/download'], ['/sendfile'], ['/sendfile-missing'], ['/attachment'], ['/jsonp?callback=cb'], ['/links'],
    ['/products/ab-12'], ['/book'],
    ['/bigtext', { 'accept-encoding': 'br' }], ['/bigtext', { 'accept-encoding': 'gzip;q=0.5, br;q=0.1' }],
    ['/bigtext', { 'accept-encoding': 'identity' }], ['/static/.hidden'],
  ]) {
    const { res, body } = await get(port, pathname, headers);
    const encoding = res.headers['content-encoding'];
    const decoded = encoding === 'br' ? zlib.brotliDecompressSync(body) : encoding === 'gzip' ? zlib.gunzipSync(body) : body;
    record(`http GET ${pathname} ${JSON.stringify(headers ?? {})}`, res.statusCode, res.headers, decoded);
  }
  const events = await get(port, '/events', { 'accept-encoding': 'gzip' });
  record('http GET /events (gzip, flushed)', events.res.statusCode, events.res.headers, zlib.gunzipSync(events.body));
  // 20 requests at once over a keep-alive agent with 4 sockets; answers arrive out of order
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const answers = await Promise.all(Array.from({ length: 20 }, (_, n) => new Promise((resolve, reject) => {
    http.get({ port, host: '127.0.0.1', path: `/many/${n}`, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => resolve(`${res.statusCode} ${text} reused=${res.req.reusedSocket}`.replace(/ reused=\w+/, '')));
    }).on('error', reject);
  })));
  console.log(`http 20 concurrent GET /many/:n over 4 sockets -> ${answers.join(', ')}`);
  console.log(`  sockets opened ${Object.values(agent.freeSockets).flat().length} free, ${Object.keys(agent.sockets).length} busy`);
  agent.destroy();
  // a 5 MB upload, streamed in pieces
  const upload = await new Promise((resolve, reject) => {
    const req = http.request({ port, host: '127.0.0.1', path: '/upload', method: 'POST', headers: { 'content-type': 'application/octet-stream' } }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ res, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    const piece = Buffer.alloc(64 * 1024);
    for (let i = 0; i < 80; i++) { piece.fill(i); req.write(piece); }
    req.end();
  });
  record('http POST /upload (5 MB chunked)', upload.res.statusCode, upload.res.headers, upload.body);
  const text = await new Promise((resolve, reject) => {
    const req = http.request({ port, host: '127.0.0.1', path: '/book', method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => resolve({ res, body }));
    });
    req.on('error', reject);
    req.end('héllo wörld ✓');
  });
  record('http POST /book (text)', text.res.statusCode, text.res.headers, text.body);
  const contexts = await Promise.all([1, 2, 3].map((n) => get(port, `/context/${n}`)));
  contexts.forEach(({ body }, i) => console.log(`http GET /context/${i + 1} -> ${body}`));
  const head = await new Promise((resolve, reject) => {
    http.request({ port, host: '127.0.0.1', path: '/static/big.txt', method: 'HEAD' }, (res) => {
      res.resume();
      res.on('end', () => resolve(res));
    }).on('error', reject).end();
  });
  record('http HEAD /static/big.txt', head.statusCode, head.headers, '');
}

async function withRawSockets(port) {
  showRaw('raw GET /users/1', await rawExchange(port, 'GET /users/1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  showRaw('raw POST /users (bad json)', await rawExchange(port,
    'POST /users HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 7\r\nConnection: close\r\n\r\n{"a": }'));
  const huge = JSON.stringify({ pad: 'x'.repeat(60 * 1024) });
  showRaw('raw POST /users (too large)', await rawExchange(port,
    `POST /users HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${huge.length}\r\nConnection: close\r\n\r\n${huge}`));
  showRaw('raw POST /form (chunked)', await rawExchange(port,
    'POST /form HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n' +
    '6\r\na=1&b=\r\n7\r\nhello+w\r\n5\r\norld!\r\n0\r\n\r\n'));
  showRaw('raw HTTP/1.0 GET /text', await rawExchange(port, 'GET /text HTTP/1.0\r\n\r\n'));
}

async function withFetch(base) {
  let res = await fetch(`${base}/users/9?x=1`);
  record('fetch GET /users/9', res.status, res.headers, await res.text());
  res = await fetch(`${base}/users`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'ada', langs: ['en', 'fr'] }) });
  record('fetch POST /users', res.status, res.headers, await res.json());
  res = await fetch(`${base}/large.json`);   // fetch asks for gzip and decodes it
  record('fetch GET /large.json', res.status, res.headers, Buffer.from(await res.arrayBuffer()));
  res = await fetch(`${base}/old`);
  record(`fetch GET /old (followed, redirected=${res.redirected}, url path ${new URL(res.url).pathname})`, res.status, res.headers, await res.text());
  res = await fetch(`${base}/old`, { redirect: 'manual' });
  record('fetch GET /old (manual)', res.status, res.headers, await res.text());
  res = await fetch(`${base}/form`, { method: 'POST', body: new URLSearchParams({ q: 'a b', n: '1' }) });
  record('fetch POST /form (URLSearchParams)', res.status, res.headers, await res.text());
  res = await fetch(`${base}/static/blob.bin`, { headers: { range: 'bytes=100-199' } });
  record('fetch GET /static/blob.bin (range)', res.status, res.headers, Buffer.from(await res.arrayBuffer()));
  res = await fetch(`${base}/stream`);
  const pieces = [];
  for await (const chunk of res.body) pieces.push(Buffer.from(chunk));
  record('fetch GET /stream (body stream)', res.status, res.headers, Buffer.concat(pieces));
  res = await fetch(`${base}/upload`, { method: 'POST', body: new Blob([Buffer.alloc(100000, 7)], { type: 'application/octet-stream' }) });
  record('fetch POST /upload (Blob)', res.status, res.headers, await res.text());
  res = await fetch(`${base}/upload`, {
    method: 'POST', duplex: 'half', headers: { 'content-type': 'application/octet-stream' },
    body: new ReadableStream({ start(c) { for (let i = 0; i < 5; i++) c.enqueue(new TextEncoder().encode(`piece ${i};`)); c.close(); } }),
  });
  record('fetch POST /upload (ReadableStream)', res.status, res.headers, await res.text());
  res = await fetch(`${base}/bigtext`);
  record('fetch GET /bigtext', res.status, res.headers, await res.text());
  res = await fetch(`${base}/format`, { headers: { accept: 'application/json' } });
  record('fetch GET /format (json)', res.status, res.headers, await res.json());
  res = await fetch(`${base}/download`);
  record('fetch GET /download', res.status, res.headers, await (await res.blob()).text());
  res = await fetch(`${base}/events`);
  record('fetch GET /events', res.status, res.headers, await res.text());
  try { await fetch(`${base}/slow`, { signal: AbortSignal.timeout(30) }); } catch (error) { showError('fetch GET /slow (AbortSignal.timeout)', error); }
  res = await fetch(`${base}/missing`);
  record(`fetch GET /missing (ok=${res.ok})`, res.status, res.headers, await res.json());
}

async function withAxios(base, closedPort) {
  const client = axios.create({ baseURL: base, headers: { 'x-custom': 'axios' } });
  let res = await client.get('/headers', { headers: { accept: 'application/json' } });
  record('axios GET /headers', res.status, res.headers, res.data);
  res = await client.post('/users', { name: 'grace', n: 1 });
  record('axios POST /users', res.status, res.headers, res.data);
  res = await client.put('/users/5', { v: true });
  record('axios PUT /users/5', res.status, res.headers, res.data);
  res = await client.delete('/users/5');
  record('axios DELETE /users/5', res.status, res.headers, res.data);
  res = await client.get('/large.json');
  record(`axios GET /large.json (items ${res.data.length})`, res.status, res.headers, res.data);
  res = await client.get('/static/big.txt', { responseType: 'arraybuffer' });
  record('axios GET /static/big.txt', res.status, res.headers, res.data);
  res = await client.get('/old');
  record(`axios GET /old (followed to ${res.request.path})`, res.status, res.headers, res.data);
  res = await client.get('/static/blob.bin', { responseType: 'stream' });
  let streamed = 0;
  for await (const chunk of res.data) streamed += chunk.length;
  record(`axios GET /static/blob.bin (stream, ${streamed} bytes)`, res.status, res.headers, '');
  res = await client.get('/nested', { params: { a: { b: 1 }, list: ['x', 'y'], s: 'a b&c' } });
  record('axios GET /nested (params)', res.status, res.headers, res.data);
  res = await client.get('/bigtext', { headers: { 'accept-encoding': 'br' } });
  record(`axios GET /bigtext (br, ${res.data.length} chars)`, res.status, res.headers, res.data);
  res = await client.get('/bigtext', { decompress: false, responseType: 'arraybuffer', headers: { 'accept-encoding': 'gzip' } });
  record(`axios GET /bigtext (decompress false, gzip magic ${res.data[0].toString(16)}${res.data[1].toString(16)})`, res.status, res.headers, zlib.gunzipSync(res.data));
  res = await client.post('/upload', fs.createReadStream(path.join(root, 'blob.bin')), { headers: { 'content-type': 'application/octet-stream' } });
  record('axios POST /upload (file stream)', res.status, res.headers, res.data);
  res = await client.post('/book', 'axios text', { headers: { 'content-type': 'text/plain' }, responseType: 'text' });
  record('axios POST /book (text)', res.status, res.headers, res.data);
  res = await client.get('/who', { auth: { username: 'user', password: 'pässword' }, headers: { 'x-forwarded-for': '198.51.100.1' } });
  record('axios GET /who (auth)', res.status, res.headers, res.data);
  const intercepted = axios.create({ baseURL: base });
  intercepted.interceptors.request.use((config) => { config.headers['x-custom'] = 'intercepted'; return config; });
  intercepted.interceptors.response.use((response) => ({ ...response, data: { wrapped: response.data } }));
  res = await intercepted.get('/headers');
  record('axios GET /headers (interceptors)', res.status, res.headers, res.data);
  try { await client.get('/large.json', { maxContentLength: 1000 }); } catch (error) { showError('axios GET /large.json (maxContentLength)', error); console.log(`  message ${error.message}`); }
  const cancel = new AbortController();
  const pending = client.get('/slow', { signal: cancel.signal });
  setTimeout(() => cancel.abort(), 20);
  try { await pending; } catch (error) { showError('axios GET /slow (aborted)', error); console.log(`  canceled ${axios.isCancel(error)}`); }
  const many = await Promise.all(Array.from({ length: 10 }, (_, n) => client.get(`/many/${n}`)));
  console.log(`axios 10 concurrent -> ${many.map((r) => r.data.n).join(',')}`);
  for (const pathname of ['/nowhere', '/boom', '/async-boom']) {
    try { await client.get(pathname); } catch (error) {
      showError(`axios GET ${pathname}`, error);
      console.log(`  data ${JSON.stringify(error.response.data)}`);
    }
  }
  res = await client.get('/nowhere', { validateStatus: () => true });
  record('axios GET /nowhere (validateStatus)', res.status, res.headers, res.data);
  try { await client.get('/old', { maxRedirects: 0 }); } catch (error) { showError('axios GET /old (maxRedirects 0)', error); }
  try { await axios.get(`http://127.0.0.1:${closedPort}/`); } catch (error) { showError('axios GET closed port', error); }
  try { await fetch(`http://127.0.0.1:${closedPort}/`); } catch (error) { showError('fetch GET closed port', error); }
  try { await client.get('/slow', { timeout: 50 }); } catch (error) { showError('axios GET /slow (timeout)', error); }
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 50);
  try { await fetch(`${base}/slow`, { signal: controller.signal }); } catch (error) { showError('fetch GET /slow (aborted)', error); }
}

async function freePort() {
  const server = http.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function main() {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address();
  const base = `http://127.0.0.1:${port}`;
  try {
    await withNodeHttp(port);
    await withRawSockets(port);
    await withFetch(base);
    await withAxios(base, await freePort());
  } finally {
    server.close();
    server.closeAllConnections();
    fs.rmSync(root, { recursive: true });
  }
  console.log('express done');
}

main();
