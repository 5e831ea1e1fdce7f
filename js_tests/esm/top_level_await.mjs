// top-level await: importers wait for an awaiting dependency before running
console.log('main body start');
const { value } = await import('./helpers/tla_dep.mjs');
console.log(value);
const n = await new Promise((r) => setTimeout(() => r(7), 1));
console.log('awaited', n);
