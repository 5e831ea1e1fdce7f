// Getters and setters: labels, the getters option on nested and inherited accessors.
const { inspect } = require('util');
class Temperature {
  #c = 21.5;
  get celsius() { return this.#c; }
  set celsius(v) { this.#c = v; }
  get fahrenheit() { return this.#c * 9 / 5 + 32; }
  get details() { return { unit: 'C', history: [1, 2, 3] }; }
}
const t = new Temperature();
console.log(t, inspect(t, { getters: true }), inspect(t, { showHidden: true }));
console.log(inspect(t, { showHidden: true, getters: true }));
const own = {
  get a() { return 1; },
  get b() { return { nested: { deep: { deeper: 1 } } }; },
  get c() { return [1, 2, 3]; },
  get d() { return undefined; },
  get e() { return Symbol('e'); },
  get f() { return 'x'.repeat(100); },
};
console.log(inspect(own, { getters: true }));
console.log(inspect({ outer: own }, { getters: true, depth: 1 }));
console.log(inspect(own, { getters: true, colors: true }).split('\n').map((l) => JSON.stringify(l)).join('\n'));
const thrower = { get bad() { throw new TypeError('nope'); }, get fine() { return 1; } };
console.log(inspect(thrower, { getters: true }));
const counter = { n: 0, get next() { return ++this.n; } };
console.log(inspect(counter, { getters: true }), counter.n);
console.log(Object.getOwnPropertyDescriptor(Temperature.prototype, 'celsius').get);
