// require() of an ES module graph with top-level await anywhere in it throws
// ERR_REQUIRE_ASYNC_MODULE before any module of the graph runs; import() still works after.
const path = require('node:path');
for (const file of ['./helpers/require_esm/tla.mjs', './helpers/require_esm/deep_tla.mjs', './helpers/require_esm/tla.mjs']) {
  try {
    require(file);
    console.log('loaded?');
  } catch (err) {
    console.log(err.name, err.code, Object.keys(err));
    console.log(err.message.replaceAll(__dirname + path.sep, '<dir>/'));
  }
}
import('./helpers/require_esm/deep_tla.mjs').then((ns) => console.log('import():', ns.deep));
