// The 11th listener of one event prints node's MaxListenersExceededWarning once, with the
// emitter, type and count on the warning object.
const EventEmitter = require('events');
const emitter = new EventEmitter();
process.on('warning', (w) => console.log('warning event:', w.name, w.type, w.count, w.emitter === emitter));
for (let i = 0; i < 12; i++) emitter.on('foo', () => {});
console.log('listeners:', emitter.listenerCount('foo'));
class Custom extends EventEmitter {}
const custom = new Custom();
custom.setMaxListeners(1);
custom.on('bar', () => {});
custom.on('bar', () => {});
const unlimited = new EventEmitter().setMaxListeners(0);
for (let i = 0; i < 20; i++) unlimited.on('baz', () => {});
