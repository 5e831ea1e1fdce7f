'use strict';
// fastify 5: JSON schema validation of params, query and bodies (ajv) and response serialization
// (fast-json-stringify; both compile code with new Function), hooks (onRequest, preHandler,
// preSerialization, onSend, onResponse, onError), encapsulated plugins with a prefix and
// decorators, a custom content-type parser, an error handler and a not-found handler, inject()
// (no network), and fetch / axios clients over the network; stream and async-generator replies,
// hijack, trailers, version constraints, bodyLimit (413), close() with idle keep-alive sockets.
const zlib = require('node:zlib');
const Fastify = require('fastify');
const axios = require('axios');
const { record, showError, rawExchange, showRaw } = require('./transcript');

const hookLog = [];
const app = Fastify({ logger: false, requestIdHeader: false, genReqId: () => 'req', bodyLimit: 64 * 1024, connectionTimeout: 0 });

app.decorate('greeting', (name) => `hello, ${name}`);
app.decorateRequest('user', null);
app.addHook('onRequest', async (request, reply) => {
  hookLog.push(`onRequest ${request.method} ${request.url}`);
  if (request.headers.authorization === 'Bearer good') request.user = 'alice';
});
app.addHook('preHandler', async (request) => { hookLog.push(`preHandler ${request.routeOptions.url}`); });
app.addHook('preSerialization', async (request, reply, payload) => (
  payload && typeof payload === 'object' && !Array.isArray(payload) ? { ...payload, serializedBy: 'hook' } : payload));
app.addHook('onSend', async (request, reply, payload) => { reply.header('x-on-send', 'yes'); return payload; });
app.addHook('onResponse', async (request, reply) => { hookLog.push(`onResponse ${reply.statusCode}`); });
app.addHook('onError', async (request, reply, error) => { hookLog.push(`onError ${error.message}`); });

app.addContentTypeParser('text/csv', { parseAs: 'string' }, (request, body, done) => {
  done(null, body.trim().split('\n').map((line) => line.split(',')));
});

app.setErrorHandler((error, request, reply) => {
  if (error.validation) {
    reply.code(400).send({ invalid: error.validationContext, issues: error.validation.map((v) => `${v.instancePath} ${v.keyword}`) });
    return;
  }
  reply.code(error.statusCode ?? 500).send({ failed: error.message, code: error.code ?? null });
});
app.setNotFoundHandler((request, reply) => reply.code(404).send({ missing: request.url }));

const user = {
  type: 'object',
  required: ['name', 'age'],
  properties: { name: { type: 'string', minLength: 2 }, age: { type: 'integer', minimum: 0 }, tags: { type: 'array', items: { type: 'string' } } },
  additionalProperties: false,
};

app.get('/hello/:name', {
  schema: {
    params: { type: 'object', properties: { name: { type: 'string', pattern: '^[a-z]+$' } } },
    querystring: { type: 'object', properties: { times: { type: 'integer', default: 1, maximum: 3 } } },
  },
}, async (request) => ({ message: request.server.greeting(request.params.name), times: request.query.times, user: request.user }));

app.post('/users', {
  schema: {
    body: user,
    response: { 201: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' }, serializedBy: { type: 'string' } } } },
  },
}, async (request, reply) => {
  reply.code(201).header('location', '/users/1');
  return { id: 1, name: request.body.name, age: request.body.age, secret: 'not serialized' };
});
app.post('/csv', async (request) => ({ rows: request.body }));
app.get('/error', async () => { const error = new Error('handler failed'); error.statusCode = 409; error.code = 'E_CONFLICT'; throw error; });
app.get('/throws', () => { throw new TypeError('plain throw'); });
app.get('/text', (request, reply) => { reply.type('text/plain').send('plain words'); });
app.get('/buffer', (request, reply) => { reply.type('application/octet-stream').send(Buffer.from([0, 1, 2, 250])); });
app.get('/redirect', (request, reply) => reply.redirect('/hello/redirected', 302));
app.get('/gzip', (request, reply) => {
  reply.header('content-encoding', 'gzip').type('application/json').send(zlib.gzipSync(JSON.stringify({ zipped: true, list: [1, 2, 3] })));
});
app.get('/list', { schema: { response: { 200: { type: 'array', items: { type: 'object', properties: { n: { type: 'number' } } } } } } },
  async () => [{ n: 1, drop: true }, { n: 2 }]);

app.get('/file', (request, reply) => { reply.type('text/javascript').send(require('node:fs').createReadStream(__filename)); });
app.get('/generator', (request, reply) => {
  async function* lines() { for (let i = 0; i < 4; i++) { await new Promise((r) => setImmediate(r)); yield `line ${i}\n`; } }
  reply.type('text/plain').send(require('node:stream').Readable.from(lines()));
});
app.get('/hijack', (request, reply) => {
  reply.hijack();
  reply.raw.writeHead(200, { 'content-type': 'text/plain', 'x-hijacked': '1' });
  reply.raw.end('written on the raw response');
});
app.post('/echo-size', async (request) => ({ size: JSON.stringify(request.body).length }));
app.get('/versioned', { constraints: { version: '1.2.0' } }, async () => ({ version: '1.2.0' }));
app.get('/versioned', { constraints: { version: '2.0.0' } }, async () => ({ version: '2.0.0' }));
app.get('/serializer', (request, reply) => { reply.serializer((payload) => `custom:${JSON.stringify(payload)}`).type('text/x-custom').send({ a: 1 }); });
app.get('/code/:code', (request, reply) => { reply.code(Number(request.params.code)).send(); });
app.get('/trailer', (request, reply) => {
  reply.trailer('x-digest', async () => 'abc123');
  reply.type('text/plain').send('body with a trailer');
});

app.register(async (scoped) => {
  scoped.decorate('scope', 'v1');
  scoped.addHook('onRequest', async (request, reply) => { reply.header('x-scope', scoped.scope); });
  scoped.get('/status', async () => ({ scope: scoped.scope, hasScope: app.hasDecorator('scope') }));
  scoped.register(async (inner) => {
    inner.get('/deep/:id', { schema: { params: { type: 'object', properties: { id: { type: 'integer' } } } } },
      async (request) => ({ id: request.params.id, idType: typeof request.params.id }));
  }, { prefix: '/inner' });
}, { prefix: '/v1' });

async function withInject() {
  let res = await app.inject({ method: 'GET', url: '/hello/inject?times=2' });
  record('inject GET /hello/inject', res.statusCode, res.headers, res.body);
  res = await app.inject({ method: 'POST', url: '/users', payload: { name: 'x', age: -1 } });
  record('inject POST /users (invalid)', res.statusCode, res.headers, res.body);
}

async function withFetch(base) {
  let res = await fetch(`${base}/hello/world?times=3`, { headers: { authorization: 'Bearer good' } });
  record('fetch GET /hello/world', res.status, res.headers, await res.text());
  res = await fetch(`${base}/hello/World`);
  record('fetch GET /hello/World (bad param)', res.status, res.headers, await res.text());
  res = await fetch(`${base}/hello/world?times=9`);
  record('fetch GET /hello/world?times=9', res.status, res.headers, await res.text());
  res = await fetch(`${base}/users`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'bob', age: 30, tags: ['a'] }) });
  record('fetch POST /users', res.status, res.headers, await res.text());
  res = await fetch(`${base}/users`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'b', extra: 1 }) });
  record('fetch POST /users (invalid)', res.status, res.headers, await res.text());
  res = await fetch(`${base}/users`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":' });
  record('fetch POST /users (bad json)', res.status, res.headers, (await res.json()).code);
  res = await fetch(`${base}/users`, { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<x/>' });
  record('fetch POST /users (unsupported type)', res.status, res.headers, await res.text());
  res = await fetch(`${base}/csv`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'a,b\n1,2\n' });
  record('fetch POST /csv', res.status, res.headers, await res.text());
  for (const pathname of ['/error', '/throws', '/text', '/buffer', '/gzip', '/list', '/v1/status', '/v1/inner/deep/42', '/v1/inner/deep/x', '/nothing']) {
    res = await fetch(`${base}${pathname}`);
    record(`fetch GET ${pathname}`, res.status, res.headers, Buffer.from(await res.arrayBuffer()));
  }
  for (const pathname of ['/file', '/generator', '/hijack', '/serializer', '/code/204', '/code/304', '/code/418', '/trailer']) {
    res = await fetch(`${base}${pathname}`);
    const text = await res.text();
    record(`fetch GET ${pathname}`, res.status, res.headers, pathname === '/file' ? `${text.length > 1000}` : text);
  }
  for (const version of ['1.x', '2.0.0', '3']) {
    res = await fetch(`${base}/versioned`, { headers: { 'accept-version': version } });
    record(`fetch GET /versioned (accept-version ${version})`, res.status, res.headers, await res.text());
  }
  res = await fetch(`${base}/echo-size`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pad: 'x'.repeat(100 * 1024) }) });
  record('fetch POST /echo-size (over bodyLimit)', res.status, res.headers, await res.text());
  const trailers = await new Promise((resolve, reject) => {
    require('node:http').get(`${base}/trailer`, (response) => {
      let text = '';
      response.on('data', (c) => { text += c; });
      response.on('end', () => resolve({ response, text }));
    }).on('error', reject);
  });
  record(`http GET /trailer (trailers ${JSON.stringify(trailers.response.trailers)})`, trailers.response.statusCode, trailers.response.headers, trailers.text);
  res = await fetch(`${base}/redirect`);
  record(`fetch GET /redirect (followed to ${new URL(res.url).pathname})`, res.status, res.headers, await res.text());
  res = await fetch(`${base}/hello/world`, { method: 'HEAD' });
  record('fetch HEAD /hello/world', res.status, res.headers, await res.text());
  res = await fetch(`${base}/hello/world`, { method: 'DELETE' });
  record('fetch DELETE /hello/world', res.status, res.headers, await res.text());
}

async function withAxios(base) {
  const client = axios.create({ baseURL: base });
  let res = await client.post('/users', { name: 'carol', age: 41 });
  record('axios POST /users', res.status, res.headers, res.data);
  res = await client.get('/gzip');
  record('axios GET /gzip', res.status, res.headers, res.data);
  res = await client.get('/redirect');
  record('axios GET /redirect', res.status, res.headers, res.data);
  for (const [method, pathname, data] of [['post', '/users', { name: 'z' }], ['get', '/error'], ['get', '/nothing']]) {
    try { await client[method](pathname, data); } catch (error) {
      showError(`axios ${method.toUpperCase()} ${pathname}`, error);
      console.log(`  data ${JSON.stringify(error.response.data)}`);
    }
  }
}

async function main() {
  await app.ready();
  console.log(app.printRoutes({ commonPrefix: false }).trimEnd());
  await withInject();
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address();
  await withFetch(address);
  await withAxios(address);
  showRaw('raw GET /hello/raw (HTTP/1.0)', await rawExchange(port, 'GET /hello/raw HTTP/1.0\r\n\r\n'));
  showRaw('raw POST /users (chunked)', await rawExchange(port,
    'POST /users HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n' +
    'c\r\n{"name":"dd"\r\n9\r\n,"age":5}\r\n0\r\n\r\n'));
  const agent = new (require('node:http').Agent)({ keepAlive: true });
  await axios.get(`${address}/hello/idle`, { httpAgent: agent });
  console.log(`idle keep-alive sockets before close: ${Object.values(agent.freeSockets).flat().length}`);
  await app.close();
  await new Promise((resolve) => setImmediate(resolve));
  console.log(`after close: ${Object.values(agent.freeSockets).flat().length} idle sockets left`);
  agent.destroy();
  for (const line of hookLog) console.log(line);
  console.log('fastify done');
}

main();
