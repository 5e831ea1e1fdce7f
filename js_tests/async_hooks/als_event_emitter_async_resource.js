// events.EventEmitterAsyncResource runs listeners in the emitter's creation context.
const { EventEmitterAsyncResource } = require('events');
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const emitter = als.run('creation', () => new EventEmitterAsyncResource({ name: 'E' }));
emitter.on('ping', (v) => console.log('listener', v, als.getStore()));
als.run('emit time', () => emitter.emit('ping', 1));
console.log(typeof emitter.asyncId, typeof emitter.asyncResource.runInAsyncScope);
