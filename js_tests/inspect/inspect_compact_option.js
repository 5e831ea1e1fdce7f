// The compact option: false (one entry per line), true (old style), and numbers.
const { inspect } = require('util');
const value = { a: 1, b: { c: [1, 2, 3], d: { e: 'f' } }, g: 'text', h: [{ i: 1 }] };
for (const compact of [false, true, 0, 1, 2, 3, 5]) {
  console.log(`compact ${compact}:`);
  console.log(inspect(value, { compact }));
}
console.log(inspect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { compact: false }));
console.log(inspect(Array.from({ length: 30 }, (_, i) => i), { compact: 1 }));
console.log(inspect({ a: 'x'.repeat(90) }, { compact: true }));
console.log(inspect({ long: 'a\nb'.repeat(30) }, { compact: true }));
console.log(inspect(new Map([[1, { a: 1 }]]), { compact: false }));
console.log(inspect(new Set([[1, 2]]), { compact: false }));
console.log(inspect({}, { compact: false }), inspect([], { compact: false }));
const circ = { name: 'c' };
circ.self = circ;
console.log(inspect(circ, { compact: true }));
console.log(inspect(circ, { compact: false }));
console.log(inspect({ fn: Object.assign(function f() {}, { p: 1 }) }, { compact: true }));
console.log(inspect(Object.assign(new Error('e'), { stack: 'Error: e\n    at here (x.js:1:1)', code: 'C' }), { compact: true }));
