'use strict';
// while process.noDeprecation is set a deprecated call stays silent and does not count
const util = require('util');

process.on('warning', (w) => console.log('warning event:', w.code, w.message));
const fn = util.deprecate((x) => x + 1, 'quiet for now', 'DEP0903');
process.noDeprecation = true;
console.log(fn(1), fn(2));
process.noDeprecation = false;
console.log(fn(3), fn(4));
const other = util.deprecate(() => 'other', 'never printed');
console.log(typeof other, other === util.deprecate);
