// process.hrtime.bigint: a monotonic BigInt in nanoseconds that agrees with hrtime().
const a = process.hrtime.bigint();
const pair = process.hrtime();
const b = process.hrtime.bigint();
console.log(typeof a, b >= a);
const fromPair = BigInt(pair[0]) * 1000000000n + BigInt(pair[1]);
console.log(fromPair >= a && fromPair <= b);
const start = process.hrtime.bigint();
setTimeout(() => {
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(ms >= 19, ms < 5000);
}, 20);
