'use strict';
// Several workers, each with its own database file, write and read at the same time; all of them
// also append to one shared file (SQLite's locking, with a busy timeout). Each worker checks what
// it reads back after every batch and reports; the main thread writes its own file meanwhile.
// argv: <dir> <workers> <batches> <rows per batch>
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
const { DatabaseSync } = require('node:sqlite');
const path = require('path');

function work(file, shared, id, batches, perBatch) {
  const db = new DatabaseSync(file);
  db.exec('CREATE TABLE items(id INTEGER PRIMARY KEY, owner INTEGER, n INTEGER, label TEXT, data BLOB)');
  db.function('weight', { deterministic: true }, (n) => n % 7);
  const insert = db.prepare('INSERT INTO items(owner, n, label, data) VALUES ($owner, $n, $label, $data)');
  const count = db.prepare('SELECT count(*) AS c, sum(n) AS s, sum(weight(n)) AS w FROM items');
  const sharedDb = new DatabaseSync(shared, { timeout: 60000 });
  const append = sharedDb.prepare('INSERT INTO log(owner, batch) VALUES (?, ?)');
  let expectedSum = 0;
  let expectedWeight = 0;
  let bad = 0;
  for (let b = 0; b < batches; b++) {
    db.exec('BEGIN');
    for (let r = 0; r < perBatch; r++) {
      const n = b * perBatch + r;
      insert.run({ owner: id, n, label: `w${id}-${n}`, data: new Uint8Array([id, n & 255]) });
      expectedSum += n;
      expectedWeight += n % 7;
    }
    db.exec('COMMIT');
    const { c, s, w } = count.get();
    if (c !== (b + 1) * perBatch || s !== expectedSum || w !== expectedWeight) bad++;
    let seen = 0;
    for (const row of db.prepare('SELECT n, label, data FROM items WHERE n >= ? ORDER BY n').iterate(b * perBatch)) {
      const n = b * perBatch + seen;
      if (row.n !== n || row.label !== `w${id}-${n}` || row.data[0] !== id || row.data[1] !== (n & 255)) bad++;
      seen++;
    }
    if (seen !== perBatch) bad++;
    append.run(id, b);
  }
  const rows = count.get().c;
  db.close();
  sharedDb.close();
  return { id, rows, sum: expectedSum, bad };
}

if (isMainThread) {
  const [dir, workers, batches, perBatch] = [process.argv[2], ...process.argv.slice(3).map(Number)];
  const shared = path.join(dir, 'shared.db');
  const setup = new DatabaseSync(shared);
  setup.exec('PRAGMA journal_mode = WAL; CREATE TABLE log(owner INTEGER, batch INTEGER)');
  setup.close();
  const reports = [];
  let running = workers;
  for (let i = 1; i <= workers; i++) {
    const worker = new Worker(__filename, {
      workerData: { file: path.join(dir, `worker-${i}.db`), shared, id: i, batches, perBatch },
    });
    worker.on('message', (report) => reports.push(report));
    worker.on('error', (err) => reports.push({ id: i, error: String(err) }));
    worker.on('exit', () => {
      if (--running === 0) {
        const check = new DatabaseSync(shared);
        const log = check.prepare('SELECT owner, count(*) AS n FROM log GROUP BY owner ORDER BY owner').all();
        check.close();
        reports.sort((a, b) => a.id - b.id);
        console.log(JSON.stringify({ reports, log: log.map((r) => [r.owner, r.n]) }));
      }
    });
  }
  reports.push(work(path.join(dir, 'main.db'), shared, 0, batches, perBatch));
} else {
  const { file, shared, id, batches, perBatch } = workerData;
  parentPort.postMessage(work(file, shared, id, batches, perBatch));
}
