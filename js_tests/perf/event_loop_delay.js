// monitorEventLoopDelay: an IntervalHistogram that samples while enabled.
const { monitorEventLoopDelay } = require('perf_hooks');
const h = monitorEventLoopDelay({ resolution: 5 });
console.log(h.enable(), h.enable());
const until = Date.now() + 60;
const spin = () => {
  if (Date.now() < until) setImmediate(spin);
  else {
    console.log(h.disable(), h.disable());
    console.log(h.count > 0, h.min > 0, h.max >= h.min);
  }
};
spin();
try {
  monitorEventLoopDelay({ resolution: 0 });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
