// Bad options reject (they do not throw) with node's errors.
const tp = require('timers/promises');
(async () => {
  for (const make of [() => tp.setTimeout(1, 1, 5), () => tp.setTimeout(1, 1, { ref: 1 }), () => tp.setTimeout(1, 1, { signal: 'x' }),
    () => tp.setImmediate(1, null), () => tp.setImmediate(1, { ref: 'no' })]) {
    const result = make();
    console.log(result instanceof Promise);
    try {
      await result;
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
  try {
    await tp.setInterval(1, 1, 5).next();
  } catch (err) {
    console.log('interval', err.name, err.code, err.message);
  }
})();
