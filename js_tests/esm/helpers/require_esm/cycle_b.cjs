try {
  require('./cycle_a.mjs');
} catch (err) {
  console.log(err.name, err.code);
  console.log(err.message.replaceAll(__dirname, '<dir>'));
}
