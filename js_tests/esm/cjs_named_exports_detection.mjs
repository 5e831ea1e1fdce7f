// named imports from CJS work for statically detectable exports (exports.a = ..., defineProperty)
import * as ns from './helpers/cjs_lib.js';
import { a, b, c, d } from './helpers/cjs_lib.js';
import { extra } from './helpers/cjs_fn.js';
import * as dyn from './helpers/cjs_dynamic.js';
console.log(a, b(), c, d, extra);
console.log(JSON.stringify(Object.keys(ns)));
console.log(ns.default.a === a);
console.log(JSON.stringify(Object.keys(dyn)), dyn.default.hiddenName);
