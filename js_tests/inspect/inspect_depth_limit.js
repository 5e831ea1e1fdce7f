// What each kind of value looks like once the depth limit is reached.
const { inspect } = require('util');
class Foo { constructor() { this.x = 1; } }
const deep = (v) => ({ l1: { l2: { l3: v } } });
const kinds = [
  { a: 1 }, [1], new Map([[1, 2]]), new Set([1]), new Foo(), Object.assign(Object.create(null), { n: 1 }),
  function withKey() {}, new Error('e'), /re/, new Date(0), new Uint8Array(2), new ArrayBuffer(1),
  Promise.resolve(1), new WeakMap(), new Number(1), Object.assign(new String('s'), { k: 1 }),
  {}, [], new Map(), new Set(), Object.create(null), new (class Bar {})(), () => {},
  Object.assign(/re2/, { k: 1 }), Object.assign(new Date(0), { k: 1 }), Object.assign(() => {}, { k: 1 }),
  { [Symbol.toStringTag]: 'T', v: 1 }, new (class Tagged { get [Symbol.toStringTag]() { return 'TT'; } })(),
];
kinds[6].key = 1;
kinds[7].stack = 'Error: e\n    at x (/x.js:1:1)';
for (const kind of kinds) console.log(inspect(deep(kind)));
console.log(inspect(kinds.slice(0, 6), { depth: 0 }));
console.log(inspect({ a: kinds.slice(0, 6) }, { depth: 1 }));
console.log(inspect(new Map([[{ k: { k2: 1 } }, [[1]]]]), { depth: 1 }));
console.log(inspect(new Set([[[1]]]), { depth: 0 }));
