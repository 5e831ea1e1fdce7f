// dynamic import() works from CommonJS and returns a promise of the namespace
const p = import('./helpers/lib.mjs');
console.log(p instanceof Promise);
p.then((ns) => {
  console.log(ns.default, ns.x);
  return import('./helpers/cjs_lib.js');
}).then((ns) => {
  console.log(ns.a, ns.default.c);
  return import('node:path');
}).then((ns) => console.log(ns.join('a', 'b'), ns.default.join === ns.join));
console.log('sync end');
