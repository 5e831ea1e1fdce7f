// A .ts file is an ES module or CommonJS as its package.json "type" says (no syntax detection).
const esm = require('./helpers/module_pkg/lib.ts');
const cjs = require('./helpers/commonjs_pkg/lib.ts');
console.log(esm.kind, esm.file, cjs.kind, cjs.file);
import('./helpers/commonjs_pkg/lib.ts').then((ns: any) => console.log(Object.keys(ns).sort()));
