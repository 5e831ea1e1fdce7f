// setImmediate from timers/promises resolves in the check phase, after nextTick and promises.
const { setImmediate } = require('timers/promises');
const log = [];
setImmediate('immediate').then((v) => log.push(v));
process.nextTick(() => log.push('tick'));
Promise.resolve().then(() => log.push('microtask'));
// printed at exit, when all three have run (a 10 ms timer could fire first on a slow machine)
process.on('exit', () => console.log(log));
