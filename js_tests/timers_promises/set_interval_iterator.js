// setInterval from timers/promises is an async iterator yielding its value each period;
// breaking out of the loop clears the interval.
const { setInterval } = require('timers/promises');
(async () => {
  let n = 0;
  for await (const value of setInterval(5, 'tick')) {
    console.log(value, n);
    if (++n === 3) break;
  }
  const it = setInterval(2, 'manual');
  console.log(await it.next(), await it.return(), await it.next());
  console.log('done');
})();
