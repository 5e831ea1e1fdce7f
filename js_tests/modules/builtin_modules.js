// builtins load by plain or node: name; module.builtinModules lists them (without node: prefix)
const { builtinModules } = require('module');
for (const m of ['fs', 'path', 'url', 'events', 'timers', 'module']) console.log(m, builtinModules.includes(m));
console.log(builtinModules.includes('node:fs'));
console.log(require('node:path') === require('path'), require('node:fs') === require('fs'));
console.log(typeof require('events'), require('events') === require('events').EventEmitter);
