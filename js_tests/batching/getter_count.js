// A getter on a posted object runs once per post (node's serializer reads each property once),
// whatever the getter returns: a primitive, a small object, a Date, a function. (When the
// message holds more than 16 objects, or a Map, Set or class instance, noderun reads a getter
// more than once: README, known differences.)
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const received = [];
port2.on('message', (m) => received.push(m));
const counts = {};
function withGetter(name, make) {
  counts[name] = 0;
  return { before: 1, get value() { counts[name]++; return make(counts[name]); }, after: 2 };
}
const objects = {
  primitive: withGetter('primitive', (n) => n),
  small: withGetter('small', (n) => ({ call: n })),
  date: withGetter('date', (n) => new Date(n)),
  fn: withGetter('fn', () => function f() {}),
};
for (const [name, object] of Object.entries(objects)) {
  for (let i = 0; i < 3; i++) {
    try {
      port1.postMessage(object);
    } catch (e) {
      console.log(name, 'threw', e.name, e.message);
    }
  }
}
console.log('getter calls', JSON.stringify(counts));
setTimeout(() => {
  for (const m of received) {
    const v = m.value;
    const shown = v instanceof Date ? `Date ${v.getTime()}` : v instanceof Map ? `Map ${[...v][0]}` :
      typeof v === 'object' && v.k0 !== undefined ? `big ${v.k0}` : JSON.stringify(v);
    console.log(JSON.stringify(Object.keys(m)), shown);
  }
  port2.close();
}, 50);
