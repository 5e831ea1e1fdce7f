// PerformanceObserver receives marks and measures after the current tick, in a list.
const { performance, PerformanceObserver } = require('perf_hooks');
console.log(PerformanceObserver.supportedEntryTypes.includes('mark'), PerformanceObserver.supportedEntryTypes.includes('measure'));
const obs = new PerformanceObserver((list, observer) => {
  console.log('callback', observer === obs, list.getEntries().map((e) => `${e.entryType}:${e.name}`));
  console.log('by type', list.getEntriesByType('measure').length, 'by name', list.getEntriesByName('one').length);
  observer.disconnect();
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('one');
performance.mark('two');
performance.measure('one to two', 'one', 'two');
console.log('sync done');
const show = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); } };
show(() => new PerformanceObserver(5));
show(() => new PerformanceObserver(() => {}).observe({}));
