// assert.CallTracker counts calls and reports the functions called a wrong number of times.
const assert = require('assert');

const tracker = new assert.CallTracker();
function double(n) { return n * 2; }
const tracked = tracker.calls(double, 2);
console.log(tracked(3), tracked.name, tracked.length);
console.log(tracker.getCalls(tracked));
const [report] = tracker.report();
console.log(report.message, report.actual, report.expected, report.operator, report.stack instanceof Error);
try {
  tracker.verify();
} catch (err) {
  console.log(err.name, err.code, err.message, err.generatedMessage);
  console.log(Object.keys(err));
}
tracked(4);
tracker.verify();
console.log('verified');
const noop = tracker.calls();
const other = tracker.calls(double);
other(1);
try {
  tracker.verify();
} catch (err) {
  console.log(err.message);
}
tracker.reset();
console.log(tracker.report().map((r) => r.message));
try {
  tracker.calls(double, 0);
} catch (err) {
  console.log(err.code, err.message);
}
try {
  tracker.getCalls(double);
} catch (err) {
  console.log(err.code, err.message);
}
console.log(typeof noop, new assert.CallTracker() instanceof assert.CallTracker);
