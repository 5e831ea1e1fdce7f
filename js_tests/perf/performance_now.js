// performance.now(): milliseconds since timeOrigin, monotonic; timeOrigin close to Date.now().
const { performance } = require('perf_hooks');
console.log(performance === globalThis.performance, typeof performance.now(), typeof performance.timeOrigin);
const a = performance.now();
const b = performance.now();
console.log(a >= 0, b >= a, a < 60000);
console.log(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
const start = performance.now();
setTimeout(() => {
  const elapsed = performance.now() - start;
  console.log(elapsed >= 24, elapsed < 5000);
}, 25);
