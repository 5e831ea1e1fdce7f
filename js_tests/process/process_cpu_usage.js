// process.cpuUsage: microseconds of user and system time, a difference with a previous value, errors.
const a = process.cpuUsage();
console.log(Object.keys(a), Number.isInteger(a.user), Number.isInteger(a.system));
let x = 0;
for (let i = 0; i < 2e5; i++) x += Math.sqrt(i);
const d = process.cpuUsage(a);
console.log(d.user >= 0, d.system >= 0);
console.log(Object.keys(process.cpuUsage(null)));
for (const bad of [5, 'x', { user: 1 }, { user: -1, system: 0 }, { user: 'a', system: 0 }, { user: 0, system: 2 ** 60 }]) {
  try {
    process.cpuUsage(bad);
    console.log('accepted');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
