// The Atomics methods are ordinary functions: name, length, prototype chain, call/apply/bind,
// not constructors, and they keep working when taken off Atomics.
const ta = new Int32Array(new SharedArrayBuffer(16));
Atomics.add(ta, 0, 1);   // (the first call may replace the methods)
const names = ['add', 'sub', 'and', 'or', 'xor', 'exchange', 'compareExchange', 'load', 'store', 'wait', 'notify'];
for (const name of names) {
  const f = Atomics[name];
  const d = Object.getOwnPropertyDescriptor(Atomics, name);
  console.log(name, typeof f, f.name, f.length, Object.getPrototypeOf(f) === Function.prototype,
              f instanceof Function, Object.prototype.toString.call(f), 'prototype' in f,
              Object.getOwnPropertyNames(f).sort().join(), Object.isExtensible(f),
              d.writable, d.enumerable, d.configurable);
  let threw;
  try { new f(ta, 0, 0); } catch (e) { threw = e.constructor.name; }
  console.log(' new:', threw, 'construct check:', (() => { try { Reflect.construct(String, [], f); return 'yes'; } catch (e) { return e.constructor.name; } })());
}
const { add, load, store, compareExchange } = Atomics;
console.log(add(ta, 1, 5), add.call(null, ta, 1, 5), add.apply(undefined, [ta, 1, 5]), Reflect.apply(add, {}, [ta, 1, 5]));
const addTo = add.bind(null, ta, 1);
console.log(addTo(1), addTo(2), load(ta, 1), store.call(Atomics, ta, 2, 9), compareExchange(ta, 2, 9, 10), load(ta, 2));
console.log(Object.getOwnPropertyDescriptor(add, 'name'), Object.getOwnPropertyDescriptor(add, 'length'));
add.extra = 42;
console.log(add.extra, delete add.extra, add.extra);
console.log([ta].map((t) => Atomics.load(t, 1)), Array.from([1, 2, 3], (x) => Atomics.add(ta, 3, x)), ta[3]);
// fewer or more arguments than the length
console.log(Atomics.add(ta, 3), ta[3], Atomics.add(ta, 3, 1, 'extra'), Atomics.load(ta), Atomics.store(ta, 2));
try { Atomics.add(); } catch (e) { console.log(e.constructor.name, e.message); }
try { Atomics.wait(ta, 0, 0, 0, 0); Atomics.wait(ta); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Atomics.notify(ta), Atomics.notify(ta, 0), Atomics.wait(ta, 0, 1, 0), Atomics.wait(ta, 0, ta[0], 0));
// a method taken off Atomics and the Atomics object dropped: still alive after collections
let held = Atomics.sub;
delete Atomics.sub;
for (let i = 0; i < 20000; i++) ({ i, a: [i] });
if (globalThis.gc) globalThis.gc();
console.log(held(ta, 1, 1), typeof Atomics.sub);
// the same in a worker, whose methods are its own
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  const ta = new Int32Array(new SharedArrayBuffer(8));
  const { add } = Atomics;
  parentPort.postMessage([add(ta, 0, 2), add.call(null, ta, 0, 3), typeof Atomics.wait, Atomics.wait.length,
                          Atomics.notify.name, Atomics.load(ta, 0)]);
`, { eval: true });
w.on('message', (m) => console.log('worker:', m));
