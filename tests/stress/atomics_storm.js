// Many waiters and notifiers at once, to catch a lost wake-up: a lost one leaves a thread blocked
// forever and the run never ends (the test's timeout fails it).
// - PAIRS pairs of workers play ping-pong through one cell each, ROUNDS times, with Atomics.wait /
//   notify (and a pair on the slow path: string indexes);
// - WAITERS workers block on one shared cell over and over, each time until a ticket counter says
//   it may go; NOTIFIERS workers hand out the tickets and notify;
// - the main thread waits with Atomics.waitAsync on its own cell, ROUNDS times, woken by a worker.
// Prints one JSON line: what each part counted.
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');
const [PAIRS, ROUNDS, WAITERS, NOTIFIERS, TICKETS] = [3, Number(process.argv[2] || 2000), 6, 3, 3000];

if (isMainThread) {
  const shared = new SharedArrayBuffer(4096);
  const cells = new Int32Array(shared);
  // cells: [0..PAIRS) ping-pong, 16: tickets handed out, 17: tickets taken, 18: main's waitAsync
  // cell, 19: async rounds done, 20: waiters done
  const report = { pairs: [], taken: 0, asyncRounds: 0 };
  const alive = new Map();   // worker -> its role, while it runs
  let running = 0;
  // a run that stalls says where: the cells and the roles still running (then the test fails)
  const watchdog = setTimeout(() => {
    console.error('stalled:', JSON.stringify({ cells: Array.from(cells.subarray(0, 20)),
      running: [...alive.values()] }));
    process.exit(1);
  }, Number(process.env.STORM_STALL_MS || 120000));
  const start = (role, extra) => {
    running++;
    const w = new Worker(__filename, { workerData: { shared, role, ...extra }, argv: process.argv.slice(2) });
    alive.set(w, `${role}${extra.pair === undefined ? '' : ` ${extra.pair}/${extra.me}`}`);
    w.on('message', (m) => {
      if (m.pair !== undefined) report.pairs[m.pair] = (report.pairs[m.pair] ?? 0) + m.rounds;
    });
    w.on('error', (e) => { console.error(role, e); process.exitCode = 1; });
    w.on('exit', () => {
      alive.delete(w);
      if (--running === 0) finish();
    });
  };
  const finish = () => {
    clearTimeout(watchdog);
    report.taken = Atomics.load(cells, 17);
    report.asyncRounds = Atomics.load(cells, 19);
    console.log(JSON.stringify(report));
  };
  for (let p = 0; p < PAIRS; p++) {
    start('ping', { pair: p, me: 0, other: 1 });
    start('ping', { pair: p, me: 1, other: 0 });
  }
  for (let i = 0; i < WAITERS; i++) start('waiter', {});
  for (let i = 0; i < NOTIFIERS; i++) start('notifier', {});
  start('asyncPartner', {});
  (async () => {
    for (let round = 0; round < ROUNDS; round++) {
      // wait for the partner to flip the cell to 1, then flip it back. A wake-up says only that
      // someone notified: the partner's notify of a round whose 1 was already seen (waitAsync found
      // it there: 'not-equal') can come after the next waitAsync, so the value is checked again.
      while (Atomics.load(cells, 18) !== 1) {
        const { async, value } = Atomics.waitAsync(cells, 18, 0);
        if (async) await value;
      }
      Atomics.store(cells, 18, 0);
      Atomics.add(cells, 19, 1);
      Atomics.notify(cells, 18);
    }
  })();
} else {
  const { shared, role, pair, me, other } = workerData;
  const cells = new Int32Array(shared);
  if (role === 'ping') {
    const slow = pair === PAIRS - 1;   // this pair's calls take the JS path
    const index = slow ? String(pair) : pair;
    for (let i = 0; i < ROUNDS; i++) {
      while (Atomics.load(cells, pair) !== me) Atomics.wait(cells, index, other);
      Atomics.store(cells, pair, other);
      Atomics.notify(cells, index);
    }
    parentPort.postMessage({ pair, rounds: me === 0 ? ROUNDS : 0 });
  } else if (role === 'waiter') {
    // take tickets until all are taken; wait on cell 16 while none is available
    for (;;) {
      const handed = Atomics.load(cells, 16);
      const taken = Atomics.load(cells, 17);
      if (taken >= TICKETS) break;
      if (taken < handed) {
        Atomics.compareExchange(cells, 17, taken, taken + 1);
        continue;
      }
      Atomics.wait(cells, 16, handed);   // a ticket handed out after this notifies
    }
    Atomics.notify(cells, 16);   // the others may be waiting for tickets that will never come
  } else if (role === 'notifier') {
    for (;;) {
      const handed = Atomics.load(cells, 16);
      if (handed >= TICKETS) break;
      if (Atomics.compareExchange(cells, 16, handed, handed + 1) === handed) Atomics.notify(cells, 16, 1);
    }
    Atomics.notify(cells, 16);
  } else if (role === 'asyncPartner') {
    for (let round = 0; round < ROUNDS; round++) {
      Atomics.store(cells, 18, 1);
      Atomics.notify(cells, 18);
      while (Atomics.load(cells, 18) === 1) Atomics.wait(cells, 18, 1);
    }
  }
}
