// import.meta.resolve synchronously resolves a specifier to a URL string
console.log(typeof import.meta.resolve);
const u = import.meta.resolve('./helpers/lib.mjs');
console.log(typeof u, u.startsWith('file:///'), u.endsWith('/helpers/lib.mjs'));
console.log(import.meta.resolve('node:fs'), import.meta.resolve('fs'));
