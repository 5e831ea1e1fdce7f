// an .mjs imports ESM (.mjs) and CommonJS (.js): CJS default import is module.exports
import libDefault, { x, hello } from './helpers/lib.mjs';
import cjs from './helpers/cjs_lib.js';
import greet from './helpers/cjs_fn.js';
console.log(libDefault, x, hello('esm'));
console.log(JSON.stringify(Object.keys(cjs)), cjs.a, cjs.b());
console.log(typeof greet, greet(), greet.extra);
