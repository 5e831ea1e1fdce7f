// PerformanceObserver & co and CustomEvent as globals: constructors, errors, observing marks and measures, inspect.
const t = (l, f) => { try { console.log(l, f()); } catch (e) { console.log(l, e.name, e.code, e.message); } };
console.log(typeof PerformanceObserver, typeof PerformanceEntry, typeof PerformanceMark, typeof PerformanceMeasure, typeof PerformanceObserverEntryList, typeof PerformanceResourceTiming, typeof Performance);
console.log(PerformanceObserver === require('perf_hooks').PerformanceObserver, performance instanceof Performance);
console.log(PerformanceObserver.supportedEntryTypes);
t('entry ctor', () => new PerformanceEntry());
t('list ctor', () => new PerformanceObserverEntryList());
t('resource ctor', () => new PerformanceResourceTiming());
t('perf ctor', () => new Performance());
t('observer no cb', () => new PerformanceObserver());
t('observe bad', () => new PerformanceObserver(() => {}).observe());
t('observe both', () => new PerformanceObserver(() => {}).observe({ entryTypes: ['mark'], type: 'mark' }));
const m = new PerformanceMark('m1', { detail: { a: 1 }, startTime: 5 });
console.log(m.name, m.entryType, m.startTime, m.duration, m.detail, m instanceof PerformanceEntry);
const obs = new PerformanceObserver((list, observer) => {
  console.log('observed', list.getEntries().map((e) => [e.name, e.entryType]), list.getEntriesByType('measure').length, list.getEntriesByName('a').length, observer === obs);
  console.log(list instanceof PerformanceObserverEntryList, Object.prototype.toString.call(list));
  observer.disconnect();
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('a');
performance.mark('b');
performance.measure('a-b', 'a', 'b');
console.log(obs);
const ce = new CustomEvent('ping', { detail: { x: 1 }, cancelable: true });
console.log(ce.type, ce.cancelable, ce.detail, ce instanceof Event, typeof CustomEvent, Object.prototype.toString.call(ce));
t('custom no type', () => new CustomEvent());
const et = new EventTarget(); et.addEventListener('ping', (e) => console.log('got', e.type, e.detail)); et.dispatchEvent(ce);
const buffered = new PerformanceObserver((list, observer) => {
  console.log('buffered', list.getEntries().length);
  observer.disconnect();
});
buffered.observe({ type: 'mark', buffered: true });
