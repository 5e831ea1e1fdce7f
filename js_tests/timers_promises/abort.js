// An AbortSignal cancels pending waits with AbortError (code ABORT_ERR, the reason as cause);
// an already aborted signal rejects immediately.
const tp = require('timers/promises');
(async () => {
  const ac = new AbortController();
  const pending = tp.setTimeout(10000, 'x', { signal: ac.signal });
  ac.abort('why');
  try {
    await pending;
  } catch (err) {
    console.log(err.name, err.code, err.message, err.cause, err instanceof Error);
  }
  try {
    await tp.setImmediate('v', { signal: AbortSignal.abort() });
  } catch (err) {
    console.log('immediate', err.name, err.cause.name);
  }
  const ac2 = new AbortController();
  setTimeout(() => ac2.abort(new Error('stop')), 12);
  let ticks = 0;
  try {
    for await (const _ of tp.setInterval(4, null, { signal: ac2.signal })) ticks++;
  } catch (err) {
    console.log('interval', err.name, err.cause.message, ticks > 0);
  }
  try {
    for await (const _ of tp.setInterval(4, null, { signal: AbortSignal.abort() }));
  } catch (err) {
    console.log('interval pre-aborted', err.code);
  }
})();
