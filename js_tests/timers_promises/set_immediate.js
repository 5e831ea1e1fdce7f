// setImmediate from timers/promises resolves in the check phase, after nextTick and promises.
const { setImmediate } = require('timers/promises');
const log = [];
setImmediate('immediate').then((v) => log.push(v));
process.nextTick(() => log.push('tick'));
Promise.resolve().then(() => log.push('microtask'));
setTimeout(() => {
  console.log(log);
}, 10);
