// os.cpus(): one entry per CPU with model, speed and times; availableParallelism() fits within it
const os = require('os');

const cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length > 0);
const n = os.availableParallelism();
console.log(Number.isInteger(n), n >= 1, n <= cpus.length);
console.log(Object.keys(cpus[0]), Object.keys(cpus[0].times));
console.log(cpus.every((cpu) => typeof cpu.model === 'string' && Number.isInteger(cpu.speed) && cpu.speed >= 0));
console.log(cpus.every((cpu) => Object.values(cpu.times).every((t) => Number.isInteger(t) && t >= 0)));
console.log(cpus.every((cpu) => cpu.times.idle > 0 || cpu.times.user > 0));
console.log(Number(os.availableParallelism) === n);
