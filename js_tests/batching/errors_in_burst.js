// In a burst, a message holding a function, a symbol or a Proxy throws DataCloneError for that
// message only: the others arrive, in order, and nothing of the refused one is sent.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const received = [];
port2.on('message', (m) => received.push(m));
const bad = [
  ['function', { f() {} }],
  ['nested function', { a: { b: [1, () => 2] } }],
  ['top-level function', function named() {}],
  ['symbol', Symbol('s')],
  ['symbol value', { s: Symbol.iterator }],
  ['proxy', new Proxy({}, {})],
  ['proxy of array', new Proxy([1, 2], {})],
  ['nested proxy', { inner: new Proxy({ x: 1 }, {}) }],
  ['proxy in array', [1, new Proxy({}, {})]],
  ['revocable proxy', Proxy.revocable({}, {}).proxy],
  ['function after 200 keys', Object.assign(Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`k${i}`, i])), { f() {} })],
];
let n = 0;
for (const [label, value] of bad) {
  port1.postMessage(n++);
  port1.postMessage({ n: n++ });
  try {
    port1.postMessage(value);
    console.log(label, 'sent');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
port1.postMessage('end');
setTimeout(() => {
  console.log('received', JSON.stringify(received));
  port2.close();
}, 50);
