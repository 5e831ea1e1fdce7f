// Without --trace-require-module node 24 prints no warning for require() of an ES module.
console.log(require('./helpers/require_esm/no_default.mjs').b);
