// totalmem / freemem / loadavg / uptime: types and the relations between them
const os = require('os');

const total = os.totalmem();
const free = os.freemem();
console.log(Number.isInteger(total), Number.isInteger(free), total > 0, free > 0, free <= total);
console.log(Number(os.totalmem) === total);
const load = os.loadavg();
console.log(Array.isArray(load), load.length, load.every((x) => typeof x === 'number' && x >= 0));
const up = os.uptime();
console.log(typeof up, up > 0, Number(os.uptime) >= up);
