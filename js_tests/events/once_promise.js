// events.once resolves with the event's arguments, rejects on 'error', and removes its
// listeners afterwards.
const { once, EventEmitter } = require('events');
(async () => {
  const e = new EventEmitter();
  setImmediate(() => e.emit('ready', 1, 'two'));
  console.log(await once(e, 'ready'), e.listenerCount('ready'), e.listenerCount('error'));
  setImmediate(() => e.emit('error', new Error('failed')));
  try {
    await once(e, 'never');
  } catch (err) {
    console.log('rejected', err.message, e.listenerCount('never'), e.listenerCount('error'));
  }
  setImmediate(() => e.emit('error', new Error('as value')));
  console.log('error as event:', (await once(e, 'error'))[0].message);
  try {
    await once({}, 'x');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
})();
