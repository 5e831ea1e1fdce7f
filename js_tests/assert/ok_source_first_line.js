try { require('assert').ok(0 === 1); } catch (err) { console.log(JSON.stringify(err.message)); }
// The call above is on line 1, where the module wrapper shifts the engine's columns.
const assert = require('assert');

// Without a readable source (eval, new Function) the message falls back to `value == true`.
try {
  eval('assert.ok(0)');
} catch (err) {
  console.log(JSON.stringify(err.message), err.generatedMessage);
}
try {
  new Function('a', 'a.ok(null)')(assert);
} catch (err) {
  console.log(JSON.stringify(err.message), err.generatedMessage);
}
// call / apply frames are not the caller
try {
  assert.ok.call(null, 0);
} catch (err) {
  console.log(JSON.stringify(err.message));
}
try {
  assert.ok.apply(null, [0]);
} catch (err) {
  console.log(JSON.stringify(err.message));
}
// forEach passes the index as the message
try {
  [0].forEach(assert.ok);
} catch (err) {
  console.log(JSON.stringify(err.message), err.generatedMessage);
}
