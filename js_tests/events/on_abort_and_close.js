// events.on ends on a `close` event and rejects with AbortError when its signal aborts.
const { on, EventEmitter } = require('events');
(async () => {
  const e = new EventEmitter();
  process.nextTick(() => {
    e.emit('item', 'a');
    e.emit('item', 'b');
    e.emit('end');
    e.emit('item', 'late');
  });
  const seen = [];
  for await (const [item] of on(e, 'item', { close: ['end'] })) seen.push(item);
  console.log('closed after', seen, e.listenerCount('item'), e.listenerCount('end'));
  const ac = new AbortController();
  process.nextTick(() => {
    e.emit('item', 'x');
    ac.abort('stop');
  });
  try {
    for await (const [item] of on(e, 'item', { signal: ac.signal })) console.log('item', item);
  } catch (err) {
    console.log(err.name, err.code, err.cause);
  }
  try {
    on(e, 'item', { signal: AbortSignal.abort() });
  } catch (err) {
    console.log('sync', err.name);
  }
})();
