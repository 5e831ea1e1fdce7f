// ROUNDS rounds: a fresh worker posts a burst (of 1 to 600 messages) and then waits, spinning on
// Atomics.load or blocked in Atomics.wait, until the main thread, having received the whole burst,
// acknowledges it through shared memory. A burst held back until the worker's turn ends would
// never be acknowledged: the worker gives up after 10 s and says so.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
const ROUNDS = Number(process.argv[2] || 50);
const SIZES = [1, 2, 3, 20, 511, 512, 513, 600];

if (isMainThread) {
  const results = { released: 0, stuck: 0, disorder: 0, exits: {} };
  const round = (r) => {
    if (r === ROUNDS) {
      console.log(JSON.stringify(results));
      return;
    }
    const ack = new Int32Array(new SharedArrayBuffer(4));
    const size = SIZES[r % SIZES.length];
    const worker = new Worker(__filename, { workerData: { ack, size, blocking: r % 2 === 1 } });
    let next = 0;
    worker.on('message', (m) => {
      if (m === 'released' || m === 'stuck') {
        results[m]++;
        return;
      }
      if ((typeof m === 'number' ? m : m.j) !== next) results.disorder++;
      if (++next === size) {
        Atomics.store(ack, 0, 1);
        Atomics.notify(ack, 0);
      }
    });
    worker.on('exit', (code) => {
      results.exits[code] = (results.exits[code] ?? 0) + 1;
      round(r + 1);
    });
  };
  round(0);
} else {
  const { ack, size, blocking } = workerData;
  for (let j = 0; j < size; j++) parentPort.postMessage(j % 2 ? j : { j, text: `message ${j}` });
  let released;
  if (blocking) {
    released = Atomics.wait(ack, 0, 0, 10000) !== 'timed-out';
  } else {
    const deadline = Date.now() + 10000;
    while (Atomics.load(ack, 0) === 0 && Date.now() < deadline);
    released = Atomics.load(ack, 0) === 1;
  }
  parentPort.postMessage(released ? 'released' : 'stuck');
}
