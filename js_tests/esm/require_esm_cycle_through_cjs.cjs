// require() of an ES module whose graph requires it again through CommonJS, while the first
// require() is still loading it: ERR_REQUIRE_CYCLE_MODULE naming the module that started it.
const ns = require('./helpers/require_cycle/entry.mjs');
console.log(ns.entry);
