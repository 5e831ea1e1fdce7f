// EventEmitter.defaultMaxListeners applies to emitters without their own limit; setMaxListeners
// with no targets changes it; bad values throw node's errors.
const EventEmitter = require('events');
const e = new EventEmitter();
console.log(EventEmitter.defaultMaxListeners, e.getMaxListeners());
EventEmitter.defaultMaxListeners = 2;
console.log(e.getMaxListeners(), new EventEmitter().getMaxListeners());
EventEmitter.setMaxListeners(5);
console.log(EventEmitter.defaultMaxListeners);
e.setMaxListeners(7);
EventEmitter.defaultMaxListeners = 10;
console.log(e.getMaxListeners());
for (const bad of [-1, 'x', NaN]) {
  try {
    EventEmitter.defaultMaxListeners = bad;
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
  try {
    e.setMaxListeners(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
