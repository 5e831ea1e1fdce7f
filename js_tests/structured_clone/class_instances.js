// instances of classes clone as plain objects: own enumerable string keys only (no private
// fields, no symbol keys, whatever Symbol.toStringTag claims); arguments objects are refused,
// and so are the host objects node 24 marks uncloneable (URL)
class Account {
  #secret = 'hidden';
  constructor() { this.owner = 'ann'; this[Symbol('s')] = 1; }
  get [Symbol.toStringTag]() { return 'Account'; }
}
console.log(structuredClone(new Account()));
console.log(structuredClone({ [Symbol.toStringTag]: 'Custom', a: 1 }));
console.log(structuredClone(new EventTarget()));
try { structuredClone(new URL('http://example.com/a')); } catch (e) { console.log(e.name, e.message); }
console.log(structuredClone([new Account(), { nested: new Account() }]));
function args() { return structuredClone(arguments); }
try { args(1, 2); } catch (e) { console.log(e.name, e.message); }
