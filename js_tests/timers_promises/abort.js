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
  // The abort comes while the iteration waits for a later tick. Its timer starts at the first
  // tick: started before the loop, a loaded machine could run it before the first tick.
  const ac2 = new AbortController();
  let ticks = 0;
  try {
    for await (const _ of tp.setInterval(4, null, { signal: ac2.signal })) {
      if (ticks++ === 0) setTimeout(() => ac2.abort(new Error('stop')), 8);
    }
  } catch (err) {
    console.log('interval', err.name, err.cause.message, ticks > 0);
  }
  try {
    for await (const _ of tp.setInterval(4, null, { signal: AbortSignal.abort() }));
  } catch (err) {
    console.log('interval pre-aborted', err.code);
  }
})();
