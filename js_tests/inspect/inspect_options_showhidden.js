// showHidden: non-enumerable properties in brackets, array length, symbols.
const { inspect } = require('util');
const o = { visible: 1 };
Object.defineProperty(o, 'hidden', { value: 2, enumerable: false });
Object.defineProperty(o, Symbol('hiddenSym'), { value: 3, enumerable: false });
console.log(inspect(o, { showHidden: true }));
console.log(inspect(o, true));
console.log(inspect([1, 2], { showHidden: true }));
console.log(inspect([], { showHidden: true }));
console.log(inspect(new String('ab'), { showHidden: true }));
console.log(inspect({ nested: [1] }, { showHidden: true }));
class WithAccessor {
  constructor() { this.own = 1; }
  get computed() { return 42; }
  set writeOnly(v) {}
  method() {}
}
console.log(inspect(new WithAccessor(), { showHidden: true }));
console.log(inspect(new Map([[1, 2]]), { showHidden: true }));
console.log(inspect(new Set([1]), { showHidden: true }));
console.log(inspect(new Uint8Array([9]), { showHidden: true }));
console.log(inspect(new DataView(new ArrayBuffer(1)), { showHidden: true }));
console.log(inspect(Object.defineProperty([], 'x', { value: 1 }), { showHidden: true }));
console.log(inspect({ a: 'x'.repeat(3) }, { showHidden: true }));
