// The same packages loaded as ES modules (their "import" export conditions: axios's and
// @koa/router's ESM builds, the others through CommonJS interop), with top-level await.
import { createRequire } from 'node:module';
import express, { Router as ExpressRouter, json } from 'express';
import Koa from 'koa';
import Router from '@koa/router';
import Fastify from 'fastify';
import axios, { AxiosError, isAxiosError } from 'axios';
import * as axiosNamespace from 'axios';
import { WebSocketServer } from 'ws';

const require = createRequire(import.meta.url);
console.log('axios default is the same instance as require', axios === require('axios') ? 'yes' : 'no (ESM build)');
console.log('namespace keys', Object.keys(axiosNamespace).sort().join(','));
console.log('express exports', typeof express, typeof ExpressRouter, typeof json, typeof WebSocketServer);
console.log('import.meta', typeof import.meta.dirname, typeof import.meta.filename, import.meta.url.startsWith('file://'));

const app = express();
const router = ExpressRouter();
router.get('/x/:id', (req, res) => res.json({ express: req.params.id }));
app.use(json(), router);
const koa = new Koa();
const koaRouter = new Router();
koaRouter.get('/y/:id', (ctx) => { ctx.body = { koa: ctx.params.id }; });
koa.use(koaRouter.routes());
const fastify = Fastify();
fastify.get('/z/:id', async (request) => ({ fastify: request.params.id }));

const listen = (server) => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
const s1 = await listen(app.listen(0, '127.0.0.1'));
const s2 = await listen(koa.listen(0, '127.0.0.1'));
await fastify.listen({ port: 0, host: '127.0.0.1' });
for (const url of [`http://127.0.0.1:${s1.address().port}/x/1`, `http://127.0.0.1:${s2.address().port}/y/2`, `http://127.0.0.1:${fastify.server.address().port}/z/3`]) {
  const res = await axios.get(url);
  console.log(res.status, JSON.stringify(res.data));
}
try { await axios.get(`http://127.0.0.1:${s1.address().port}/missing`); } catch (error) {
  console.log('error', error instanceof AxiosError, isAxiosError(error), error.response.status);
}
s1.close(); s2.close(); await fastify.close();
console.log('esm done');
