// process is an EventEmitter: custom events, once, off, listenerCount, emit's return value.
const EventEmitter = require('events');
console.log(process instanceof EventEmitter, process.emit === EventEmitter.prototype.emit);
const f = (a, b) => console.log('custom', a, b);
process.on('custom', f);
process.once('custom', () => console.log('once'));
console.log(process.emit('custom', 1, 2));
console.log(process.emit('custom', 3, 4));
process.off('custom', f);
console.log(process.emit('custom'), process.listenerCount('custom'));
