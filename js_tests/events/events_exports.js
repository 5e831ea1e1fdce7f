// The shape of node:events.
const events = require('events');
console.log(Object.keys(events));
console.log(Object.getOwnPropertyNames(events.EventEmitter.prototype));
console.log(events === events.EventEmitter, typeof events.kMaxEventTargetListeners, events.usingDomains);
