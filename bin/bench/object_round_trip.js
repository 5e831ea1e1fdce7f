// round trip main -> worker -> main of a 1,000-entry object with nested arrays, a Map and a Date:
// ms per round trip
const { Worker, isMainThread, parentPort } = require('worker_threads');
const N = Number(process.argv[2] || 200);
if (isMainThread) {
  const payload = {};
  for (let i = 0; i < 1000; i++) {
    payload[`key${i}`] = {
      id: i, name: `item ${i}`, tags: ['a', 'b', [i, i + 1]], nested: { ok: i % 2 === 0, score: i * 1.5 },
    };
  }
  payload.index = new Map([...Array(100).keys()].map((i) => [`k${i}`, [i, String(i)]]));
  payload.when = new Date(1700000000000);
  const w = new Worker(__filename);
  let n = 0;
  let start;
  w.on('message', () => {
    if (n === 10) start = process.hrtime.bigint();
    if (++n === N + 10) {
      console.log((Number(process.hrtime.bigint() - start) / 1e6 / N).toFixed(4));
      w.terminate();
      return;
    }
    w.postMessage(payload);
  });
  w.postMessage(payload);
} else {
  parentPort.on('message', (m) => parentPort.postMessage(m));
}
