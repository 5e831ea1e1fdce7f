// Promise states and weak collections.
const { inspect } = require('util');
const pending = new Promise(() => {});
const fulfilled = Promise.resolve({ value: [1, 2] });
const rejected = Promise.reject(new RangeError('bad'));
rejected.catch(() => {});
rejected.then(null, () => {});
const rejectedPrimitive = Promise.reject('reason');
rejectedPrimitive.catch(() => {});
const originalStack = rejected;
console.log(pending, fulfilled, rejectedPrimitive);
console.log([pending], { p: fulfilled }, new Map([['p', pending]]));
console.log(Promise.resolve(undefined), Promise.resolve(Promise.resolve(5)));
console.log(Promise.resolve('x'.repeat(80)));
console.log(inspect({ a: { b: { c: Promise.resolve({ d: 1 }) } } }));
console.log(inspect(Promise.resolve({ deep: { er: { est: 1 } } }), { depth: 0 }));
console.log(new WeakMap(), new WeakSet(), [new WeakSet()], { w: new WeakMap() });
class MyWeak extends WeakMap {}
console.log(new MyWeak());
const withProp = new WeakSet();
withProp.label = 'l';
console.log(withProp);
console.log(typeof originalStack.then);
(async () => {
  const later = new Promise((resolve) => setTimeout(() => resolve('done'), 1));
  console.log(later);
  await later;
  console.log(later);
})();
