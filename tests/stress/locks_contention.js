// Many threads contend for one Web Lock guarding a counter in shared memory. Usage:
// locks_contention.js WORKERS REQUESTS. Each thread (the main thread too) makes REQUESTS requests,
// two of every four shared; an exclusive holder does a non-atomic read-modify-write of the counter
// across an await, so two exclusive holders at once would lose updates. The shared memory also
// records how many hold the lock in each mode at every moment. Then two more workers: one is
// terminated while it holds the lock, the other while its request waits behind it; the lock must
// come back, and the dead waiter's request must never be granted. Prints one JSON report.
const { Worker, isMainThread, workerData, parentPort, locks } = require('worker_threads');

const EXCLUSIVE = 0, SHARED = 1, VIOLATIONS = 2, COUNTER = 3, MAX_SHARED = 4, GRANTED = 5;

async function contend(state, requests) {
  const pending = [];
  for (let i = 0; i < requests; i++) {
    const shared = i % 4 >= 2;
    pending.push(locks.request('counter', { mode: shared ? 'shared' : 'exclusive' }, async () => {
      Atomics.add(state, GRANTED, 1);
      if (shared) {
        const holders = Atomics.add(state, SHARED, 1) + 1;
        if (Atomics.load(state, EXCLUSIVE) !== 0) Atomics.add(state, VIOLATIONS, 1);
        for (let max = Atomics.load(state, MAX_SHARED); holders > max; max = Atomics.load(state, MAX_SHARED)) {
          if (Atomics.compareExchange(state, MAX_SHARED, max, holders) === max) break;
        }
        await new Promise((resolve) => setImmediate(resolve));
        Atomics.sub(state, SHARED, 1);
        return;
      }
      if (Atomics.add(state, EXCLUSIVE, 1) !== 0 || Atomics.load(state, SHARED) !== 0) Atomics.add(state, VIOLATIONS, 1);
      const value = state[COUNTER];
      await new Promise((resolve) => setImmediate(resolve));
      state[COUNTER] = value + 1;
      Atomics.sub(state, EXCLUSIVE, 1);
    }));
  }
  await Promise.all(pending);
}

if (!isMainThread) {
  const { state, requests, role } = workerData;
  if (role === 'contend') {
    contend(state, requests).then(() => parentPort.postMessage('done'));
  } else if (role === 'hold') {
    locks.request('counter', () => {
      parentPort.postMessage('holding');
      return new Promise(() => {});   // never released: only the end of the thread frees it
    });
  } else {
    locks.request('counter', () => { Atomics.add(state, VIOLATIONS, 1000); });   // a dead thread's grant
    locks.query().then(({ pending }) => parentPort.postMessage(`waiting ${pending.length}`));
  }
  setInterval(() => {}, 1000);   // alive until terminated
} else {
  const workers = Number(process.argv[2] ?? 8);
  const requests = Number(process.argv[3] ?? 100);
  const state = new Int32Array(new SharedArrayBuffer(6 * 4));
  const start = (role) => new Worker(__filename, { workerData: { state, requests, role } });
  const message = (worker) => new Promise((resolve) => worker.once('message', resolve));
  (async () => {
    const contenders = Array.from({ length: workers }, () => start('contend'));
    await Promise.all([contend(state, requests), ...contenders.map(message)]);
    await Promise.all(contenders.map((worker) => worker.terminate()));

    const holder = start('hold');
    const holding = await message(holder);
    const waiter = start('wait');
    const waiting = await message(waiter);
    const blockedWhileHeld = await locks.request('counter', { ifAvailable: true }, (lock) => lock === null);
    await waiter.terminate();   // first: its request must leave the queue with it
    await holder.terminate();   // then the lock must come back, and go to no dead thread
    const freeAfterTerminate = await locks.request('counter', { ifAvailable: true }, (lock) => lock !== null);
    const { held, pending } = await locks.query();
    const threads = workers + 1;
    const exclusivePerThread = Array.from({ length: requests }, (_, i) => i % 4 < 2).filter(Boolean).length;
    console.log(JSON.stringify({
      granted: Atomics.load(state, GRANTED), expectedGranted: threads * requests,
      counter: state[COUNTER], expectedCounter: threads * exclusivePerThread,
      violations: Atomics.load(state, VIOLATIONS), maxShared: Atomics.load(state, MAX_SHARED),
      holding, waiting, blockedWhileHeld, freeAfterTerminate, held: held.length, pending: pending.length,
    }));
  })();
}
