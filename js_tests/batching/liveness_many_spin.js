// A worker posts 1000 messages and spins until the main thread has received all of them.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(__filename, { workerData: flag });
  let expected = 0;
  let disorder = 0;
  worker.on('message', (m) => {
    if (typeof m === 'string') return console.log('worker says', m);
    const n = typeof m === 'number' ? m : m.n;
    if (n !== expected) disorder++;
    if (++expected === 1000) {
      console.log('main received 1000, out of order', disorder);
      Atomics.store(flag, 0, 1);
    }
  });
  worker.on('exit', (code) => console.log('exit', code));
} else {
  const flag = workerData;
  for (let i = 0; i < 1000; i++) parentPort.postMessage(i % 2 ? i : { n: i, text: `message ${i}` });
  const deadline = Date.now() + 30000;   // wide: a loaded machine runs threads late
  while (Atomics.load(flag, 0) === 0 && Date.now() < deadline);
  parentPort.postMessage(Atomics.load(flag, 0) === 1 ? 'released' : 'stuck');
}
