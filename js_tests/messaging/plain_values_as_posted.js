// Plain data (the common message) arrives as it was when posted, with node's structured clone
// rules: shared objects stay shared, cycles stay cycles, an own "__proto__" key is data, a
// null-prototype object comes back as a plain one, symbol keys and non-enumerable properties are
// left out, holes and extra array properties kept; plain messages mixed with others (a Date, a
// Map, a class instance, a getter) keep their order in a burst.
const { MessageChannel } = require('worker_threads');
const util = require('util');
const { port1, port2 } = new MessageChannel();

const shared = { n: 1 };
const cyclic = { name: 'loop' };
cyclic.self = cyclic;
const withProto = JSON.parse('{"__proto__": {"x": 1}, "y": 2}');
const nullProto = Object.assign(Object.create(null), { a: 1, b: [1, 2] });
const withSymbol = { visible: 1, [Symbol('hidden')]: 2 };
Object.defineProperty(withSymbol, 'quiet', { value: 3, enumerable: false });
const holes = [1, , 3];
const extra = [1, 2];
extra.label = 'extra';
class Point { constructor() { this.x = 1; this.y = 2; } }
const getter = { get g() { return 'read'; }, plain: true };

const messages = [
  { shared: [shared, shared] },
  cyclic,
  withProto,
  nullProto,
  withSymbol,
  holes,
  extra,
  new Date(86400000),
  new Map([['k', { deep: [1] }]]),
  new Point(),
  getter,
  'a string',
  12.5,
  [[1, [2, [3]]], { nested: { deeper: { deepest: true } } }],
];
const mutated = { before: true, list: [1] };
let got = 0;
port2.on('message', (m) => {
  got++;
  if (got === 1) console.log('shared stays shared:', m.shared[0] === m.shared[1], m.shared[0]);
  else if (got === 2) console.log('cycle:', m.self === m, m.name);
  else if (got === 3) console.log('__proto__ key:', Object.keys(m), Object.getPrototypeOf(m) === Object.prototype, m.__proto__);
  else if (got === 4) console.log('null prototype:', Object.getPrototypeOf(m) === Object.prototype, m);
  else if (got === 15) console.log('as posted:', m);
  else console.log(util.inspect(m, { depth: 5 }));
  if (got === messages.length + 1) port2.close();
});
for (const m of messages) port1.postMessage(m);
port1.postMessage(mutated);
mutated.before = false;
mutated.list.push(2);
mutated.added = 'later';
