// A worker that runs out of its memory limit wherever it is (a timer, a promise job, growing an array
// of small objects or strings), with 'uncaughtException' and 'exit' listeners of its own: always
// 'error' ERR_WORKER_OUT_OF_MEMORY then 'exit' 1 in the parent, and none of its listeners print
const { Worker } = require('worker_threads');
const listeners = `
  process.on('uncaughtException', (e) => console.log('worker uncaughtException (never)'));
  process.on('exit', () => console.log('worker exit listener (never)'));
  const keep = [];
  const grow = () => { for (let i = 0; i < 1000; i++) keep.push({ i, s: 'x'.repeat(i % 300) }); };`;
const cases = {
  timer: 'setInterval(grow, 1);',
  'promise job': 'const again = () => Promise.resolve().then(() => { grow(); again(); }); again();',
  'immediate': 'const again = () => setImmediate(() => { grow(); again(); }); again();',
};
(async () => {
  for (const [name, body] of Object.entries(cases)) {
    for (const limit of [8, 16, 32]) {
      const worker = new Worker(listeners + body, { eval: true, resourceLimits: { maxOldGenerationSizeMb: limit } });
      worker.on('error', (e) => console.log(name, limit, 'error', e.code));
      const code = await new Promise((resolve) => worker.on('exit', resolve));
      console.log(name, limit, 'exit', code);
    }
  }
})();
