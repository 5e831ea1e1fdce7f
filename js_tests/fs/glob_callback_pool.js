// fs.glob's callback form and fs.promises.glob read the directories on the thread pool: the
// callback comes after this turn's immediates, as in node (a sync walk would answer before them)
const fs = require('fs');
const { at } = require('./helpers/tmp');

fs.mkdirSync(at('g', 'sub'), { recursive: true });
fs.writeFileSync(at('g', 'a.js'), '');
fs.writeFileSync(at('g', 'sub', 'b.js'), '');
const order = [];
fs.glob('**/*.js', { cwd: at('g') }, (error, matches) => {
  order.push('glob');
  console.log(error, matches.sort(), order);
  (async () => {
    const found = [];
    for await (const entry of fs.promises.glob('**', { cwd: at('g'), withFileTypes: true })) {
      found.push(`${entry.name}:${entry.isDirectory()}`);
    }
    console.log(found.sort());
    console.log(fs.globSync('*/*.js', { cwd: at('g') }));
  })();
});
setImmediate(() => order.push('immediate'));
process.nextTick(() => order.push('tick'));
