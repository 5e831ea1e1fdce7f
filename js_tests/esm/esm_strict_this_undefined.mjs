// ESM is always strict: top-level this is undefined and CJS globals do not exist
console.log(this === undefined);
console.log(typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname);
try { undeclared = 1; } catch (e) { console.log(e.name); }
