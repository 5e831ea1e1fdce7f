// Structured clone refuses every proxy a program makes (however it was made) with node's
// message, and clones process.env (a proxy-like object of node's own) as a plain object.
const util = require('util');
const { MessageChannel } = require('worker_threads');
const r = Proxy.revocable({ z: 1 }, {});
const revoked = Proxy.revocable({}, {});
revoked.revoke();
const cases = [
  ['proxy', new Proxy({ a: 1 }, {})],
  ['revocable', r.proxy],
  ['reflected', Reflect.construct(Proxy, [{}, {}])],
  ['nested', { p: new Proxy({}, {}) }],
  ['array proxy', new Proxy([1, 2], {})],
  ['function proxy', new Proxy(function f() {}, {})],
  ['revoked', revoked.proxy],
];
for (const [label, value] of cases) {
  try { structuredClone(value); console.log(label, 'cloned'); } catch (e) { console.log(label, e.name, e.message); }
}
const env = structuredClone(process.env);
console.log('env', Object.getPrototypeOf(env) === Object.prototype, typeof env.PATH, env.PATH === process.env.PATH, util.types.isProxy(env));
const { port1, port2 } = new MessageChannel();
port2.once('message', (m) => {
  console.log('env posted', typeof m.PATH, m.PATH === process.env.PATH, Object.getPrototypeOf(m) === Object.prototype);
  port2.close();
});
port1.postMessage(process.env);
