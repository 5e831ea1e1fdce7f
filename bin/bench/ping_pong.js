// main <-> worker ping-pong of a small object made for each message ({ i }): ms per round trip
const { Worker, isMainThread, parentPort } = require('worker_threads');
const N = Number(process.argv[2] || 10000);
if (isMainThread) {
  const w = new Worker(__filename, { argv: [String(N)] });
  let n = 0;
  let start;
  w.on('message', () => {
    if (n === 100) start = process.hrtime.bigint();   // after warm-up
    if (++n === N + 100) {
      console.log((Number(process.hrtime.bigint() - start) / 1e6 / N).toFixed(4));
      w.terminate();
      return;
    }
    w.postMessage({ i: n });
  });
  w.postMessage({ i: 0 });
} else {
  parentPort.on('message', (m) => parentPort.postMessage({ i: m.i }));
}
