// An ES module that throws while require() evaluates it: require() throws that error, the same
// error again on the next require(), without evaluating the module twice.
for (let i = 0; i < 2; i++) {
  try {
    require('./helpers/require_esm/throws.mjs');
  } catch (err) {
    console.log(err instanceof RangeError, err.message);
  }
}
try {
  require('./helpers/require_esm/missing.mjs');
} catch (err) {
  console.log(err.code, err.message.split('\n')[0].replaceAll(__dirname, '<dir>'));
}
process.on('exit', (code) => console.log('exit', code));
