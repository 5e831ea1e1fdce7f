// require() of an ES module returns its namespace in node 20.19+ (no top-level await allowed)
const ns = require('./helpers/for_require.mjs');
console.log(ns.named, ns.default);
console.log(ns[Symbol.toStringTag], ns.__esModule);
console.log(require('./helpers/for_require.mjs') === ns);
