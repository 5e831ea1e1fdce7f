'use strict';
// FORCE_COLOR turns colours on even for a pipe
const util = require('util');

console.log(JSON.stringify(util.styleText('red', 'forced')));
console.log(JSON.stringify(util.styleText('bold', 'forced', { stream: process.stderr })));
