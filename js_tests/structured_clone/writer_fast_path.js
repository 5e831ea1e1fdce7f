// Values that look plain but are not what the engine's writer would copy as they are: each must
// still clone as node clones it (holes, extra array properties, symbol keys, accessors, proxies,
// deep and cyclic values), through postMessage to a port and through structuredClone.
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');

const holeAndExtra = [1, , 3];
holeAndExtra.x = 'extra';                 // as many keys as elements, yet not dense
const minusZeroKey = [,];
minusZeroKey['-0'] = 'not an index';
const trailingHoles = [1, 2];
trailingHoles.length = 4;
const nonEnumerableIndex = [1, 2, 3];
Object.defineProperty(nonEnumerableIndex, 1, { value: 'hidden', enumerable: false });
let deep = { leaf: true };
for (let i = 0; i < 100; i++) deep = { next: deep, list: [i] };
const cyclic = { name: 'root', children: [] };
cyclic.children.push({ parent: cyclic, name: 'child' });
const shared = { s: 1 };
const table = Array.from({ length: 20 }, (_, i) => i);
const bigCycle = { items: Array.from({ length: 20 }, (_, i) => ({ i })) };
bigCycle.items[19].owner = bigCycle.items;
class Point { constructor() { this.x = 1; this.y = [2]; } }

const cases = {
  'nested hole and extra': { a: { b: holeAndExtra } },
  'minus zero key': minusZeroKey,
  'trailing holes': { t: trailingHoles },
  'non-enumerable index': nonEnumerableIndex,
  'symbol key deep': { a: [{ [Symbol('s')]: 1, kept: 2 }] },
  'symbol key on array': { a: Object.assign([1, 2], { [Symbol('s')]: 3 }) },
  'array subclass': { a: new (class List extends Array {})(3).fill(0) },
  'getter deep': { a: [{ get g() { return 'got'; } }] },
  'class instance': [new Point()],
  'null prototype': { n: Object.assign(Object.create(null), { a: [1] }) },
  'cycle': cyclic,
  'shared': { one: shared, two: shared, list: [shared, shared] },
  'shared big': Array.from({ length: 1000 }, () => ({ table })),
  'cycle through big': bigCycle,
  'typed arrays inside': { bytes: new Uint8Array([1, 2]), date: new Date(0), re: /x/g, big: 10n },
  'boxed in array': [new String('ab'), new Number(1)],
  'error inside': { e: new RangeError('deep') },
  'map inside': [new Map([[1, [2, , 4]]])],
  'function deep': { a: [{ f() {} }] },
  'symbol value deep': { a: [[Symbol.iterator]] },
  'weakmap deep': { a: { w: new WeakMap() } },
};

function show(value) {
  return require('util').inspect(value, { depth: 3, breakLength: Infinity });
}

const { port1, port2 } = new MessageChannel();
for (const [name, value] of Object.entries(cases)) {
  for (const via of ['structuredClone', 'port']) {
    try {
      let copy;
      if (via === 'structuredClone') {
        copy = structuredClone(value);
      } else {
        port1.postMessage(value);
        copy = receiveMessageOnPort(port2).message;
      }
      if (name === 'cycle') console.log(name, via, copy.children[0].parent === copy, show(copy.children[0].name));
      else if (name === 'shared') console.log(name, via, copy.one === copy.two, copy.list[0] === copy.one, show(copy));
      else if (name === 'shared big') console.log(name, via, copy.length, copy.every((o) => o.table === copy[0].table), copy[999].table.length);
      else if (name === 'cycle through big') console.log(name, via, copy.items[19].owner === copy.items, copy.items[3].i);
      else if (name === 'error inside') console.log(name, via, copy.e instanceof RangeError, copy.e.message);
      else console.log(name, via, show(copy));
    } catch (e) {
      console.log(name, via, 'threw', e.name, e.message);
    }
  }
}
let copy = structuredClone(deep);
let depth = 0;
while (copy.next) { copy = copy.next; depth++; }
console.log('deep', depth, copy.leaf);
port1.close();
