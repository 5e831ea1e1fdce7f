// a worker stays alive while parentPort has a 'message' listener; unref() lets the parent exit
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  let n = 0;
  parentPort.on('message', function add(m) {
    n += m;
    if (n >= 3) { parentPort.postMessage('total ' + n); parentPort.off('message', add); }
  });
`, { eval: true });
w.on('message', (m) => console.log(m));
w.on('exit', (code) => {
  console.log('exit', code);
  const idle = new Worker('require("worker_threads").parentPort.on("message", () => {})', { eval: true });
  idle.unref();
  console.log('unref: the parent does not wait for an idle worker');
});
for (const n of [1, 1, 1]) w.postMessage(n);
