// require('timers') exposes the same functions as the globals
const timers = require('timers');
const names = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate'];
for (const n of names) console.log(n, timers[n] === globalThis[n]);
console.log(require('node:timers') === timers);
