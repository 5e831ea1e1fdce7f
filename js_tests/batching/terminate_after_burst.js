// A worker posts a burst, sets a shared flag and goes on with long native work; the main thread,
// on the first message, waits for the flag and terminates the worker: every message posted before
// the flag still arrives before 'exit' (node drains the port when the worker ends).
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(__filename, { workerData: flag });
  const got = [];
  worker.on('message', (m) => {
    got.push(m);
    if (got.length > 1) return;
    const deadline = Date.now() + 30000;   // wide: a loaded machine runs threads late
    while (Atomics.load(flag, 0) === 0 && Date.now() < deadline);
    worker.terminate().then((code) => console.log('terminate resolved', code));
  });
  worker.on('exit', (code) => console.log('exit', code, 'after', JSON.stringify(got)));
} else {
  const numbers = new Float64Array(3e6);
  for (let i = 0; i < numbers.length; i++) numbers[i] = (i * 7919) % 1000003;
  for (let i = 0; i < 8; i++) parentPort.postMessage(i % 2 ? i : { i });
  Atomics.store(workerData, 0, 1);
  numbers.sort();   // long native work, during which the terminate comes
  for (;;);
}
