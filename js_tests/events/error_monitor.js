// errorMonitor listeners see 'error' events first without handling them.
const { EventEmitter, errorMonitor } = require('events');
const e = new EventEmitter();
e.on(errorMonitor, (err) => console.log('monitor', err.message));
e.on('error', (err) => console.log('handler', err.message));
e.emit('error', new Error('first'));
const bare = new EventEmitter();
bare.on(errorMonitor, (err) => console.log('monitor only', err.message));
try {
  bare.emit('error', new Error('second'));
} catch (err) {
  console.log('thrown', err.message);
}
try {
  bare.emit('error', 'a string');
} catch (err) {
  console.log(err.name, err.code, err.message, err.context);
}
console.log(typeof errorMonitor, errorMonitor.toString());
