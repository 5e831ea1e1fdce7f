// The main thread posts a burst to a worker (worker.postMessage), sets a shared flag with
// Atomics.store and goes on with long native work; the worker, spinning until it sees the flag,
// reads its parentPort with receiveMessageOnPort: every message posted before the store is there.
const { Worker, receiveMessageOnPort, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(__filename, { workerData: flag });
  worker.on('message', (m) => console.log(m));
  worker.on('online', () => {
    const numbers = new Float64Array(3e6);
    for (let i = 0; i < numbers.length; i++) numbers[i] = (i * 7919) % 1000003;
    worker.postMessage('one');
    worker.postMessage({ two: 2 });
    worker.postMessage([3]);
    Atomics.store(flag, 0, 1);
    numbers.sort();   // long native work: no JS runs until it ends
    numbers.sort();
  });
} else {
  const deadline = Date.now() + 30000;   // wide: a loaded machine runs threads late
  while (Atomics.load(workerData, 0) === 0 && Date.now() < deadline);
  const lines = [];
  for (let i = 0; i < 4; i++) lines.push(JSON.stringify(receiveMessageOnPort(parentPort)));
  parentPort.postMessage(lines.join('\n'));
}
