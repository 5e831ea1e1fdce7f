// setTimeout from timers/promises resolves with its value after the delay, in timer order.
const { setTimeout: sleep } = require('timers/promises');
const order = [];
(async () => {
  const results = await Promise.all([
    // 200 ms: created first, it must stay due last even if a loaded machine stalls this thread
    // between the calls (with 20 ms, a 15 ms stall reordered them)
    sleep(200, 'slow').then((v) => { order.push(v); return v; }),
    sleep(1, 'fast').then((v) => { order.push(v); return v; }),
    sleep(5).then((v) => { order.push(v); return v; }),
  ]);
  console.log(results, order);
  const start = Date.now();
  await sleep(30);
  console.log('waited at least 25ms:', Date.now() - start >= 25);
  console.log(await sleep(0, { object: true }));
})();
