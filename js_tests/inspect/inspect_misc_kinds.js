// Arguments, Proxy (transparent), globals, iterators' names, boxed odd cases, property kinds.
const { inspect } = require('util');
(function () { console.log(arguments); })(1, 'two', { three: 3 });
(function () { console.log(arguments); })();
console.log(new Proxy({ a: 1 }, {}), new Proxy([1, 2], {}), new Proxy(function pf() {}, {}));
console.log(inspect(new Proxy({ b: 2 }, {}), { showProxy: false }));
console.log(typeof globalThis, Object.prototype.toString.call(globalThis));
console.log(Object.prototype, Array.prototype, Map.prototype);
console.log(Reflect, Atomics === undefined ? 'no Atomics' : typeof Atomics);
console.log(Symbol.prototype, Promise.prototype, Error.prototype);
console.log({ undef: undefined, nul: null, nan: NaN, inf: -Infinity });
const accessorsOnly = Object.defineProperties({}, {
  g: { get() { return 1; }, enumerable: true },
  s: { set(v) {}, enumerable: true },
  gs: { get() { return 1; }, set(v) {}, enumerable: true },
  u: { get: undefined, set: undefined, enumerable: true },
});
console.log(accessorsOnly);
console.log(new (class Foo { constructor() { this[Symbol('sym')] = 'value'; } })());
console.log({ 'a\nb': 1, "quote'key": 2, 'x"y': 3 });
console.log({ [Symbol('with\nnewline')]: 1 });
const frozen = Object.freeze({ f: 1 });
console.log(frozen, Object.seal([1]));
const tagOnNull = Object.create(null, { [Symbol.toStringTag]: { value: 'NullTag' } });
console.log(tagOnNull);
console.log(Object.assign(Object.create(null), { [Symbol.toStringTag]: 'OwnEnumTag' }));
const objWithLength = { length: 2, 0: 'a', 1: 'b' };
console.log(objWithLength);
const it = [1, 2][Symbol.iterator]();
console.log(Object.prototype.toString.call(it));
function* g() { yield 1; }
console.log(g(), Object.prototype.toString.call(g()));
console.log(new WeakRef({}) instanceof WeakRef);
console.log(inspect(new Map([[1, 2]]).entries()).startsWith('[Map'), inspect(new Set().values()).startsWith('[Set Iterator]'));
