try {
  require('./entry.mjs');
} catch (err) {
  console.log('middle.cjs:', err.name, err.code);
  console.log(err.message.replaceAll(require('node:path').resolve(__dirname, '..', '..'), '<esm>'));
}
module.exports = 'middle';
