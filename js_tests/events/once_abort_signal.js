// events.once with an AbortSignal: already aborted rejects at once; aborting later rejects with
// an AbortError whose cause is the signal's reason and removes the listener.
const { once, EventEmitter } = require('events');
(async () => {
  const e = new EventEmitter();
  try {
    await once(e, 'x', { signal: AbortSignal.abort('early') });
  } catch (err) {
    console.log(err.name, err.code, err.message, err.cause);
  }
  const ac = new AbortController();
  const pending = once(e, 'x', { signal: ac.signal });
  console.log('listening', e.listenerCount('x'));
  ac.abort('later');
  try {
    await pending;
  } catch (err) {
    console.log(err.name, err.code, err.cause, e.listenerCount('x'), e.listenerCount('error'));
  }
  try {
    await once(e, 'x', { signal: {} });
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
})();
