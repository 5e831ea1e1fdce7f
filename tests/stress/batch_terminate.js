// ROUNDS times: terminate a worker in the middle of a burst (posting without end, or blocked in
// Atomics.wait after a burst, or spinning after one). Every terminate settles with 1, what arrived
// came in order, nothing hangs, and no thread is left behind.
const { Worker } = require('worker_threads');
const fs = require('fs');
const ROUNDS = Number(process.argv[2] || 100);
const threads = () => fs.readdirSync('/proc/self/task').length;
const bodies = [
  // posting bursts without end
  'const { parentPort } = require("worker_threads"); for (let i = 0; ; i++) parentPort.postMessage(i % 2 ? i : { i })',
  // a burst, then blocked
  'const { parentPort } = require("worker_threads"); for (let i = 0; i < 300; i++) parentPort.postMessage(i % 2 ? i : { i }); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)',
  // a burst, then spinning
  'const { parentPort } = require("worker_threads"); for (let i = 0; i < 300; i++) parentPort.postMessage(i % 2 ? i : { i }); for (;;);',
];
(async () => {
  // warm-up: the first worker loads code every later one shares
  await new Promise((resolve) => new Worker('1', { eval: true }).on('exit', resolve));
  await new Promise((resolve) => setTimeout(resolve, 200));
  const start = threads();
  const codes = {};
  let disorder = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const worker = new Worker(bodies[r % bodies.length], { eval: true });
    let next = 0;
    worker.on('message', (m) => {
      if ((typeof m === 'number' ? m : m.i) !== next) disorder++;
      next++;
    });
    await new Promise((resolve) => worker.once('message', resolve));
    if (r % 2) await new Promise((resolve) => setTimeout(resolve, r % 7));
    const code = await worker.terminate();
    codes[code] = (codes[code] ?? 0) + 1;
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  console.log(JSON.stringify({ codes, disorder, threadsBack: threads() === start }));
})();
