// mark() and measure() between marks, with options, and the entries they produce.
const { performance, PerformanceMark, PerformanceMeasure, PerformanceEntry } = require('perf_hooks');
const start = performance.mark('start', { detail: { step: 1 } });
console.log(start instanceof PerformanceMark, start instanceof PerformanceEntry, start.entryType, start.name, start.duration, start.detail);
console.log(JSON.stringify(Object.keys(start.toJSON())), Object.keys(start));
performance.mark('fixed', { startTime: 12.5 });
const m1 = performance.measure('opts', { start: 10, end: 30, detail: 'd' });
console.log(m1 instanceof PerformanceMeasure, m1.entryType, m1.startTime, m1.duration, m1.detail);
const m2 = performance.measure('by duration', { start: 5, duration: 7 });
console.log(m2.startTime, m2.duration);
const m3 = performance.measure('fixed to 20', 'fixed', 20 === 20 ? undefined : 'x');
console.log(m3.startTime, m3.duration > 0, m3.detail);
const m4 = performance.measure('between', 'fixed', 'fixed');
console.log(m4.startTime, m4.duration);
const m5 = performance.measure('from origin');
console.log(m5.startTime, m5.duration > 0);
