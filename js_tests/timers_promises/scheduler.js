// timers/promises scheduler: wait(delay) and yield(), bound to the scheduler object.
const { scheduler } = require('timers/promises');
(async () => {
  console.log(await scheduler.wait(5), await scheduler.yield());
  const ac = new AbortController();
  const p = scheduler.wait(1000, { signal: ac.signal });
  ac.abort();
  try {
    await p;
  } catch (err) {
    console.log(err.name, err.code);
  }
  try {
    scheduler.wait.call({}, 1);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
  try {
    scheduler.yield.call(null);
  } catch (err) {
    console.log('null this:', err.name);
  }
  console.log(scheduler, Object.getPrototypeOf(scheduler).constructor.name);
})();
