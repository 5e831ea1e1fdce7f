// A real example: greets, shows the event loop's order, and counts primes on two worker threads
// in parallel, adding their results into a SharedArrayBuffer that every thread sees.
const path = require('node:path');
const { Worker, isMainThread, workerData, parentPort } = require('node:worker_threads');

function primesBetween(from, to) {
  let count = 0;
  for (let n = Math.max(from, 2); n < to; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) { prime = false; break; }
    }
    if (prime) count++;
  }
  return count;
}

if (isMainThread) {
  const name = process.argv[2] ?? 'noderun';
  console.log(`hello, ${name}, from ${path.basename(__filename)}`);
  setTimeout(() => console.log('3. a timer'), 1);
  Promise.resolve().then(() => console.log('2. a microtask'));
  process.nextTick(() => console.log('1. a nextTick'));

  const total = new Int32Array(new SharedArrayBuffer(4));
  const ranges = [[0, 1_000_000], [1_000_000, 2_000_000]];
  let finished = 0;
  for (const [from, to] of ranges) {
    const worker = new Worker(__filename, { workerData: { from, to, total } });
    worker.on('message', (count) => console.log(`worker: ${count} primes in [${from}, ${to})`));
    worker.on('exit', () => {
      if (++finished === ranges.length) console.log('primes below 2e6:', Atomics.load(total, 0));
    });
  }
  process.on('exit', (code) => console.log(`exiting with code ${code}`));
} else {
  const { from, to, total } = workerData;
  const count = primesBetween(from, to);
  Atomics.add(total, 0, count);
  parentPort.postMessage(count);
}
