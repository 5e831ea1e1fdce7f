// events.once works on EventTargets too: it resolves with [event] and ignores 'error'.
const { once } = require('events');
(async () => {
  const target = new EventTarget();
  setTimeout(() => target.dispatchEvent(new Event('ping')), 1);
  const [event] = await once(target, 'ping');
  console.log(event instanceof Event, event.type, event.target === target);
  const ac = new AbortController();
  const p = once(target, 'never', { signal: ac.signal });
  ac.abort();
  try {
    await p;
  } catch (err) {
    console.log(err.name, err.cause.name);
  }
})();
