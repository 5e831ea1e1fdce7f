// What a thrown AssertionError looks like: stack header, own keys, name after capture.
const assert = require('assert');

function caller() {
  assert.strictEqual(1, 2);
}
try {
  caller();
} catch (err) {
  const lines = err.stack.split('\n');
  console.log(lines.slice(0, 4).join('\n'));
  console.log('first frame is the caller:', lines[4].trim().startsWith('at caller'));
  console.log(Object.keys(err));
  console.log(err.name, Object.prototype.toString.call(err), String(err));
  console.log(err instanceof assert.AssertionError);
}
