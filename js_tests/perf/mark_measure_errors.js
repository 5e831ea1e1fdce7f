// Errors of mark / measure / getEntriesByName and the illegal constructor.
const { performance, PerformanceEntry } = require('perf_hooks');
const show = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); } };
show(() => performance.mark());
show(() => performance.mark('x', { startTime: -1 }));
show(() => performance.mark('x', 5));
show(() => performance.measure());
show(() => performance.measure('m', 'no-such-mark'));
show(() => performance.measure('m', { start: 1, end: 2, duration: 1 }));
show(() => performance.getEntriesByName());
show(() => new PerformanceEntry());
