// terminate() of a worker flooding its parent with small messages: ms from the call until its
// promise resolves, after 50 ms of flooding (issue 16's probe)
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  for (;;) parentPort.postMessage({ i: 1, tag: 'flood' });
`, { eval: true });
w.on('message', () => {});
w.once('online', () => {
  setTimeout(() => {
    const start = process.hrtime.bigint();
    w.terminate().then(() => console.log((Number(process.hrtime.bigint() - start) / 1e6).toFixed(2)));
  }, 50);
});
