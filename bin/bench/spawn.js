// spawn: new Worker() to its first message, one worker at a time; prints the median in ms
const { Worker } = require('worker_threads');
const RUNS = Number(process.argv[2] || 20);
const times = [];
(async () => {
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const w = new Worker('require("worker_threads").parentPort.postMessage(1)', { eval: true });
    const exited = new Promise((resolve) => w.once('exit', resolve));
    await new Promise((resolve) => w.once('message', resolve));
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    await exited;
  }
  times.sort((a, b) => a - b);
  console.log(times[times.length >> 1].toFixed(3));
})();
