// timerify reports 'function' entries to observers; performance.toJSON and eventLoopUtilization shapes.
const { performance, PerformanceObserver } = require('perf_hooks');
function compute(n) { return n * 2; }
const timed = performance.timerify(compute);
const obs = new PerformanceObserver((list) => {
  const [entry] = list.getEntries();
  console.log('observed', entry.entryType, entry.name, entry.duration >= 0);
  obs.disconnect();
});
obs.observe({ type: 'function' });
console.log(timed(21), timed.name, timed.length);
console.log(Object.keys(performance.toJSON()), typeof performance.toJSON().timeOrigin);
console.log(Object.keys(performance.eventLoopUtilization()));
console.log(Object.prototype.toString.call(performance));
const t = performance.nodeTiming;
console.log(t.name, t.entryType, typeof t.loopStart, t.loopExit);
