// instances of classes clone as plain objects: own enumerable string keys only (no private
// fields, no symbol keys, whatever Symbol.toStringTag claims); arguments objects are refused,
// and so are the objects node marks uncloneable
class Account {
  #secret = 'hidden';
  constructor() { this.owner = 'ann'; this[Symbol('s')] = 1; }
  get [Symbol.toStringTag]() { return 'Account'; }
}
console.log(structuredClone(new Account()));
console.log(structuredClone({ [Symbol.toStringTag]: 'Custom', a: 1 }));
console.log(structuredClone(new EventTarget()));
// node 24 marks URL and URLSearchParams uncloneable
for (const value of [new URL('http://example.com/a'), new URLSearchParams('a=1')]) {
  try { structuredClone(value); } catch (e) { console.log(e.name, e.message); }
}
console.log(structuredClone([new Account(), { nested: new Account() }]));
function args() { return structuredClone(arguments); }
try { args(1, 2); } catch (e) { console.log(e.name, e.message); }
