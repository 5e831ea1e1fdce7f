// Atomics' methods before the thread's first Atomics call look and act like the engine's: name,
// length, not constructors, plain properties of Atomics; and a method the program replaced or
// deleted stays as the program left it when another method is first called.
const names = ['add', 'sub', 'and', 'or', 'xor', 'exchange', 'compareExchange', 'load', 'store', 'wait', 'notify',
  'waitAsync'];
for (const name of names) {
  const f = Atomics[name];
  const d = Object.getOwnPropertyDescriptor(Atomics, name);
  let threw;
  try { new f(); } catch (e) { threw = e.constructor.name; }
  console.log(name, typeof f, f.name, f.length, 'prototype' in f, Object.getOwnPropertyNames(f).sort().join(),
              Object.getPrototypeOf(f) === Function.prototype, d.writable, d.enumerable, d.configurable, threw);
}
const taken = Atomics.exchange;   // taken off Atomics before any call: works, now and later
function mine(...args) { return `mine(${args.length})`; }
Atomics.add = mine;
delete Atomics.xor;
const ta = new Int32Array(new SharedArrayBuffer(16));
console.log(Atomics.sub(ta, 0, 2), Atomics.add(ta, 0, 1), Atomics.add === mine, 'xor' in Atomics, ta[0]);
console.log(taken(ta, 1, 7), taken(ta, 1, 8), Atomics.load(ta, 1), Atomics.store(ta, 2, 3), ta[2]);
try { Atomics.or(new Float64Array(2), 0, 1); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Atomics.notify(ta, 0), Atomics.wait(ta, 0, 1, 0), Atomics.waitAsync(ta, 0, 0, 0));
console.log(Object.keys(Atomics), Atomics[Symbol.toStringTag]);
