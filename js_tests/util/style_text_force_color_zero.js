'use strict';
// FORCE_COLOR=0 keeps text plain, for one format and for a list
const util = require('util');

console.log(JSON.stringify(util.styleText('red', 'not forced')));
console.log(JSON.stringify(util.styleText(['red'], 'a list is plain too')));
