// node:timers/promises and its place on node:timers.
const timers = require('timers');
const promises = require('timers/promises');
console.log(Object.keys(promises), timers.promises === promises, require('node:timers/promises') === promises);
console.log(Object.keys(timers).filter((k) => !k.startsWith('_') && !['active', 'unenroll', 'enroll'].includes(k)));
