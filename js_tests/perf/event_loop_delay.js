// monitorEventLoopDelay: an IntervalHistogram that samples while enabled.
const { monitorEventLoopDelay } = require('perf_hooks');
const h = monitorEventLoopDelay({ resolution: 5 });
console.log(h.enable(), h.enable());
const until = Date.now() + 60;
// Spins 60 ms and until a sample was taken (a loaded machine can pass 60 ms before the first
// one), from an immediate so that the error below always comes first.
const spin = () => {
  if (Date.now() < until || h.count === 0) setImmediate(spin);
  else {
    console.log(h.disable(), h.disable());
    console.log(h.count > 0, h.min > 0, h.max >= h.min);
  }
};
setImmediate(spin);
try {
  monitorEventLoopDelay({ resolution: 0 });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
