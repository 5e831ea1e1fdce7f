// fs.glob (callback) and fs.promises.glob (async iterator): the same matches in the same order
const fs = require('fs');
const { makeGlobTree } = require('./helpers/glob_tree');
const root = makeGlobTree();
process.chdir(root);
try {
  fs.glob('*');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
fs.glob('**/*.js', (err, matches) => {
  console.log('callback', err, JSON.stringify(matches));
  fs.glob('a/*', { withFileTypes: true }, async (err2, dirents) => {
    console.log('callback dirents', err2, JSON.stringify(dirents.map((d) => [d.name, d.parentPath.replace(root, '<root>')])));
    const iterator = fs.promises.glob('**/*.{js,ts}', { exclude: ['**/c/**'] });
    console.log(Object.prototype.toString.call(iterator));
    const seen = [];
    for await (const match of iterator) seen.push(match);
    console.log('promises', JSON.stringify(seen));
    try {
      await fs.promises.glob(1).next();
    } catch (e) {
      console.log('promises', e.name, e.code, e.message);
    }
  });
});
