// Objects in a burst: symbol keys dropped, null-prototype objects and class instances arrive as
// plain objects, integer-like keys keep their order, non-enumerable and inherited properties are
// dropped, frozen objects arrive unfrozen, boxed primitives and errors keep their kind.
const { MessageChannel } = require('worker_threads');
const util = require('util');
const { port1, port2 } = new MessageChannel();
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  get sum() { return this.x + this.y; }
  method() {}
}
const nullProto = Object.create(null);
nullProto.a = 1;
nullProto.inner = Object.create(null);
const withSymbol = { visible: 1, [Symbol('hidden')]: 2 };
const hidden = { shown: 1 };
Object.defineProperty(hidden, 'notShown', { value: 2, enumerable: false });
const inherited = Object.create({ inheritedKey: 1 });
inherited.own = 2;
const values = [
  withSymbol,
  nullProto,
  new Point(1, 2),
  { b: 1, 2: 'two', a: 2, 1: 'one', '-1': 'minus', '01': 'zero-one' },
  hidden,
  inherited,
  Object.freeze({ frozen: [1] }),
  {},
  { nested: { nested: { nested: { nested: { end: true } } } } },
  [new Point(3, 4)],
  Object(5),
  Object('str'),
  new Error('boom'),
  /re+/gi,
];
let count = 0;
port2.on('message', (m) => {
  const proto = Object.getPrototypeOf(m);
  console.log(count++, util.inspect(m, { depth: null, breakLength: Infinity, compact: 10 }).split('\n')[0],
    'proto', proto === Object.prototype ? 'Object' : proto?.constructor?.name ?? String(proto),
    'frozen', Object.isFrozen(m), 'symbols', Object.getOwnPropertySymbols(m).length);
  if (count === values.length) port2.close();
});
for (const v of values) port1.postMessage(v);
