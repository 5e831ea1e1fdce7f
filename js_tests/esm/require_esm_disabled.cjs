// --no-experimental-require-module: require() of an ES module is ERR_REQUIRE_ESM again.
console.log(process.features.require_module);
try {
  require('./helpers/require_esm/no_default.mjs');
} catch (err) {
  console.log(err.name, err.code);
  console.log(err.message.replaceAll(__dirname, '<dir>'));
}
