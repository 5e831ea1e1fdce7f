// process.exit(n) ends only the worker, with code n; process.exitCode is honoured
const { Worker } = require('worker_threads');
const run = (code) => new Promise((resolve) => {
  const w = new Worker(code, { eval: true });
  w.on('exit', resolve);
});
(async () => {
  console.log('exit(3):', await run('process.exit(3)'));
  console.log('exitCode = 5:', await run('process.exitCode = 5'));
  console.log('exit listener:', await run('process.on("exit", (c) => console.log("worker exit event", c)); process.exit(7)'));
  console.log('plain end:', await run('1 + 1'));
  console.log('main still running');
})();
