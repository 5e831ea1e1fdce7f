// require('./x') and require('./x.js') resolve to the same cached module, evaluated once
const a = require('./helpers/counted');
const b = require('./helpers/counted.js');
console.log(a === b, a.name, a.evals, globalThis.__countedEvals);
console.log(require('./helpers/plain.cjs'));
