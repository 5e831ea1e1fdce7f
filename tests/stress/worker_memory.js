// ROUNDS sequential workers, a third each: empty, ended after its first message by terminate(),
// and ending by itself after a message exchange; prints the RSS growth after a warm-up
const { Worker } = require('worker_threads');
const ROUNDS = Number(process.argv[2] || 1000);
const rssMb = () => process.memoryUsage().rss / (1024 * 1024);
const chatty = `const { parentPort } = require('worker_threads');
parentPort.postMessage({ hello: [1, 2, 3], at: new Date(0) });
parentPort.once('message', (m) => { if (m === 'bye') parentPort.close(); });`;

function cycle(i) {
  return new Promise((resolve) => {
    const kind = i % 3;
    const worker = new Worker(kind === 0 ? '' : chatty, { eval: true });
    worker.once('message', () => (kind === 1 ? worker.terminate() : worker.postMessage('bye')));
    worker.on('exit', resolve);
  });
}

(async () => {
  for (let i = 0; i < 30; i++) await cycle(i);   // warm-up: caches, bytecode, arenas
  const start = rssMb();
  for (let i = 0; i < ROUNDS; i++) await cycle(i);
  console.log(JSON.stringify({ rounds: ROUNDS, rssGrowthMb: Math.round((rssMb() - start) * 10) / 10 }));
})();
