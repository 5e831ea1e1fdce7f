// CommonJS cycles: the module that closes the cycle sees the other's partial (unfinished) exports
console.log('main starting');
const a = require('./helpers/cycle/a.js');
const b = require('./helpers/cycle/b.js');
console.log('in main, a.done =', a.done, 'b.done =', b.done);
