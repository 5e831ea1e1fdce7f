// require() of an ES module that is still being evaluated (an import cycle through CommonJS)
// throws ERR_REQUIRE_CYCLE_MODULE.
import './helpers/require_esm/cycle_a.mjs';
console.log('done');
