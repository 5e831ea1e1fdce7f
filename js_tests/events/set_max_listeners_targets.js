// events.setMaxListeners(n, ...targets) and getMaxListeners for emitters and EventTargets.
const events = require('events');
const { EventEmitter, setMaxListeners, getMaxListeners } = events;
const e = new EventEmitter();
const t = new EventTarget();
console.log(getMaxListeners(e), getMaxListeners(t), e.getMaxListeners());
setMaxListeners(3, e, t);
console.log(getMaxListeners(e), getMaxListeners(t));
process.on('warning', (w) => console.log(w.name, w.message));
for (let i = 0; i < 4; i++) t.addEventListener('evt', () => {});
for (let i = 0; i < 4; i++) e.on('evt', () => {});
for (const bad of [[-1], ['x'], [1, {}]]) {
  try {
    setMaxListeners(...bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try {
  getMaxListeners({});
} catch (err) {
  console.log(err.name, err.code, err.message);
}
