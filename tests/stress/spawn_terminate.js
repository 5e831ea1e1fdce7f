// new Worker() then terminate() at once, or after a turn, or once online, ROUNDS times: every
// terminate settles (a worker that starts its code after the request is still interrupted), with
// 0 or 1, and no thread is left behind
const { Worker } = require('worker_threads');
const fs = require('fs');
const ROUNDS = Number(process.argv[2] || 1000);
const threads = () => fs.readdirSync('/proc/self/task').length;
const bodies = ['for (;;) {}', 'setInterval(() => {}, 1000)', 'const a = []; for (;;) a.push(a.length % 7)', ''];
(async () => {
  const start = threads();
  const codes = {};
  for (let i = 0; i < ROUNDS; i++) {
    const worker = new Worker(bodies[i % bodies.length], { eval: true });
    const when = i % 3;
    if (when === 1) await new Promise((resolve) => setImmediate(resolve));
    if (when === 2) await new Promise((resolve) => worker.once('online', resolve));
    const code = await worker.terminate();
    codes[code] = (codes[code] ?? 0) + 1;
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  console.log(JSON.stringify({ codes, threadsBack: threads() === start }));
})();
