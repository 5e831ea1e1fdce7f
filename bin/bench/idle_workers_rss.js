// resident memory per idle worker: RSS growth after starting 50 idle workers, in MB per worker
const { Worker } = require('worker_threads');
const COUNT = Number(process.argv[2] || 50);
const before = process.memoryUsage().rss;
let online = 0;
const workers = [];
for (let i = 0; i < COUNT; i++) {
  const w = new Worker('require("worker_threads").parentPort.on("message", () => {})', { eval: true });
  w.on('online', () => {
    if (++online === COUNT) {
      setTimeout(() => {
        const after = process.memoryUsage().rss;
        console.log(((after - before) / COUNT / 1048576).toFixed(3));
        for (const x of workers) x.terminate();
      }, 200);
    }
  });
  workers.push(w);
}
