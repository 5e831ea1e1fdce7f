// require.cache is keyed by absolute filename; deleting an entry makes the next require re-evaluate
const path = require('path');
const key = path.join(__dirname, 'helpers', 'counted.js');
const first = require('./helpers/counted');
console.log(key in require.cache, require.cache[key].exports === first);
console.log(require.resolve('./helpers/counted') === key);
console.log(require.cache[__filename] === module);
delete require.cache[key];
const second = require('./helpers/counted');
console.log(first === second, first.evals, second.evals);
