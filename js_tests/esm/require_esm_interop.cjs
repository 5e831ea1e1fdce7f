// require() of an ES module (no flag in node 24): the namespace, with __esModule: true added when
// it has a default export; the value of a 'module.exports' export instead; the same object each time.
const util = require('node:util');
console.log(process.features.require_module);
const withDefault = require('./helpers/require_esm/with_default.mjs');
console.log(util.inspect(withDefault));
console.log(withDefault === require('./helpers/require_esm/with_default.mjs'));
console.log(Object.keys(withDefault), withDefault.__esModule, util.types.isModuleNamespaceObject(withDefault));
withDefault.bump();
console.log('live binding', withDefault.counter);
const noDefault = require('./helpers/require_esm/no_default.mjs');
console.log(util.inspect(noDefault), '__esModule' in noDefault);
console.log(require('./helpers/require_esm/module_exports.mjs'));
console.log(util.inspect(require('./helpers/require_esm/own_esmodule.mjs')));
console.log(require('./helpers/require_esm/imports_cjs.mjs').fromCjs);
console.log(require('./helpers/require_esm/typed/index.js').typed);
console.log(require.cache[require.resolve('./helpers/require_esm/no_default.mjs')].exports === noDefault);
