// process.uptime: seconds since start, as a float that grows.
const a = process.uptime();
console.log(typeof a, a >= 0, a < 60);
setTimeout(() => {
  const b = process.uptime();
  console.log(b - a >= 0.045, b - a < 10);
}, 50);
