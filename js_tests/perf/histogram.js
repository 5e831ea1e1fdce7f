// createHistogram: record values, count/min/max/mean/percentiles, add, reset.
const { createHistogram } = require('perf_hooks');
const h = createHistogram();
for (const v of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) h.record(v);
console.log(h.count, h.min, h.max, h.mean, h.exceeds);
console.log(h.percentile(50), h.percentile(90), h.percentile(100));
console.log(h.stddev.toFixed(3));
const other = createHistogram();
other.record(100);
h.add(other);
console.log(h.count, h.max);
h.record(5n);
console.log(h.count, typeof h.countBigInt);
h.reset();
console.log(h.count, h.max);
for (const bad of [0, -1, 1.5, 'x']) {
  try {
    h.record(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
