// Four workers each send a burst of numbered messages (small objects, strings, a few with a Date
// or a Map) to the main thread at once: each worker's messages arrive complete and in its order.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
const PER_WORKER = 5000;
if (isMainThread) {
  const next = [0, 0, 0, 0];
  let done = 0;
  let outOfOrder = 0;
  for (let w = 0; w < 4; w++) {
    const worker = new Worker(__filename, { workerData: w });
    worker.on('message', (m) => {
      const seq = typeof m === 'string' ? Number(m.split(':')[1]) : m.seq;
      if (seq !== next[w]) outOfOrder++;
      next[w] = seq + 1;
      if (seq === PER_WORKER - 1 && ++done === 4) {
        console.log('received per worker:', next.join(' '));
        console.log('out of order:', outOfOrder);
      }
    });
  }
} else {
  for (let seq = 0; seq < PER_WORKER; seq++) {
    if (seq % 1000 === 7) parentPort.postMessage({ seq, when: new Date(seq) });
    else if (seq % 1000 === 8) parentPort.postMessage({ seq, map: new Map([[seq, 'x']]) });
    else if (seq % 3 === 0) parentPort.postMessage(`${workerData}:${seq}`);
    else parentPort.postMessage({ seq, from: workerData });
  }
}
