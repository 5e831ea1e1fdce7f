// Pending fs requests keep the loop alive: their callbacks and promises settle before the
// process exits, and 'beforeExit' comes once they are all done. A chain of requests made from
// callbacks, and many at once, all complete.
const fs = require('fs');
const fsp = require('fs/promises');

const done = [];
process.once('beforeExit', () => console.log('beforeExit:', done.sort().join(', ')));
let chained = 0;
function chain() {
  fs.access(__filename, (err) => {
    if (err) throw err;
    if (++chained < 50) chain();
    else done.push(`chain ${chained}`);
  });
}
chain();

const sizes = [];
for (let i = 0; i < 40; i++) {
  fs.stat(__filename, (err, st) => {
    sizes.push(st.size);
    if (sizes.length === 40) done.push(`callbacks ${sizes.length} ${new Set(sizes).size}`);
  });
}
Promise.all(Array.from({ length: 20 }, () => fsp.stat(__dirname))).then((all) => {
  done.push(`promises ${all.length} ${all.every((st) => st.isDirectory())}`);
});
