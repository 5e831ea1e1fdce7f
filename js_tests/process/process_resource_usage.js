// process.resourceUsage: node's keys, all non-negative integers.
const r = process.resourceUsage();
console.log(Object.keys(r));
console.log(Object.values(r).every((v) => Number.isInteger(v) && v >= 0));
console.log(r.maxRSS > 1000);
