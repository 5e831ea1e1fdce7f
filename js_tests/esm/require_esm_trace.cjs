// --trace-require-module=all: node's ExperimentalWarning, once, for the first require() of an ES module.
console.log(require('./helpers/require_esm/no_default.mjs').a);
console.log(require('./helpers/require_esm/with_default.mjs').x);
