// start and terminate COUNT workers in a loop; print OS thread counts and RSS growth
const { Worker } = require('worker_threads');
const fs = require('fs');
const COUNT = Number(process.argv[2] || 200);
const threads = () => fs.readdirSync('/proc/self/task').length;
const rss = () => process.memoryUsage().rss;
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));
(async () => {
  // warm-up: the first worker loads code every later one shares
  await new Promise((resolve) => new Worker('1', { eval: true }).on('exit', resolve));
  await settle();   // 'exit' comes as the thread ends: give the OS thread a moment to be gone
  const startThreads = threads();
  const startRss = rss();
  for (let i = 0; i < COUNT; i++) {
    const w = new Worker('require("worker_threads").parentPort.postMessage("up"); for (;;) {}', { eval: true });
    await new Promise((resolve) => w.once('message', resolve));
    const code = await w.terminate();
    if (code !== 1) console.log('unexpected exit code', code);
  }
  await settle();
  console.log(JSON.stringify({ startThreads, endThreads: threads(), rssGrowthMb: (rss() - startRss) / 1048576 }));
})();
