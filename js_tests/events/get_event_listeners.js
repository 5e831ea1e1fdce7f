// getEventListeners for emitters (once wrappers unwrapped) and EventTargets (handleEvent objects
// included), and its error for other values.
const { getEventListeners, EventEmitter } = require('events');
const e = new EventEmitter();
function a() {}
function b() {}
e.on('x', a);
e.once('x', b);
console.log(getEventListeners(e, 'x'), getEventListeners(e, 'none'));
const t = new EventTarget();
const handler = { handleEvent() {} };
t.addEventListener('y', a);
t.addEventListener('y', handler);
t.addEventListener('y', a);
console.log(getEventListeners(t, 'y'), getEventListeners(t, 'z'));
t.removeEventListener('y', a);
console.log(getEventListeners(t, 'y').length);
try {
  getEventListeners({}, 'x');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
