// events.on is an async iterator over the events: queued events are kept in order, 'error'
// rejects the next read, and leaving the loop removes the listeners.
const { on, EventEmitter } = require('events');
(async () => {
  const e = new EventEmitter();
  process.nextTick(() => {
    e.emit('data', 1);
    e.emit('data', 2, 'b');
    e.emit('data', 3);
  });
  for await (const args of on(e, 'data')) {
    console.log('got', args);
    if (args[0] === 3) break;
  }
  console.log('after break', e.listenerCount('data'), e.listenerCount('error'));
  const it = on(e, 'tick');
  process.nextTick(() => e.emit('error', new Error('bad')));
  try {
    await it.next();
  } catch (err) {
    console.log('rejected', err.message);
  }
  console.log(await it.next(), e.listenerCount('tick'));
  const it2 = on(e, 'x');
  console.log(await it2.return(), await it2.next());
  try {
    it2.throw('not an error');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
})();
